import Foundation

/// The UCI 8×8 handwritten digits (Alpaydin & Kaynak, 1998; CC BY 4.0): 1,797 images of the digits
/// 0–9, each 64 pixel counts in 0…16, shipped with the library (see `Resources/README.md`).
public enum Digits {
    /// The number of samples, 1,797.
    public static let sampleCount = 1797

    /// Loads all samples from the bundled CSV, with pixels scaled to [0, 1] (divided by 16) and labels 0–9.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` if the resource is missing or malformed.
    public static func load() throws -> Dataset {
        guard let url = Bundle.module.url(forResource: "digits", withExtension: "csv", subdirectory: "Resources") else {
            throw OptimError.invalidArgument("the bundled digits.csv resource is missing")
        }
        let bytes = try [UInt8](Data(contentsOf: url))
        var pixels = [Double]()
        pixels.reserveCapacity(sampleCount * 64)
        var labels = [Int]()
        labels.reserveCapacity(sampleCount)
        // Every field is a small non-negative integer, so the file is read as bytes (Foundation's
        // string splitting and trimming cost more than the training the data is loaded for).
        var fields = [Int]()
        fields.reserveCapacity(65)
        var value: Int?
        var line = 1
        func endLine() throws {
            if let v = value { fields.append(v) }
            value = nil
            defer { fields.removeAll(keepingCapacity: true) }
            guard !fields.isEmpty else { return }
            guard fields.count == 65, fields[64] < 10 else {
                throw OptimError.invalidArgument("digits.csv line \(line) has \(fields.count) numbers, expected 64 pixels and a label")
            }
            for pixel in fields[0..<64] { pixels.append(Double(pixel) / 16) }
            labels.append(fields[64])
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = (value ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
                guard digit <= 16 else { throw OptimError.invalidArgument("digits.csv line \(line) has a value above 16") }
                value = digit
            case UInt8(ascii: ","):
                guard let field = value else { throw OptimError.invalidArgument("digits.csv line \(line) has an empty field") }
                fields.append(field)
                value = nil
            case UInt8(ascii: "\n"):
                try endLine()
                line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\r"):
                continue
            default:
                throw OptimError.invalidArgument("digits.csv line \(line) has a character that is not part of a number")
            }
        }
        try endLine()
        return try Dataset(features: Matrix(rows: labels.count, cols: 64, scalars: pixels), labels: labels)
    }
}
