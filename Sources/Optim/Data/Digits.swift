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
        let text = try String(contentsOf: url, encoding: .utf8)
        var pixels = [Double]()
        pixels.reserveCapacity(sampleCount * 64)
        var labels = [Int]()
        for (number, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard fields.count == 65 else {
                throw OptimError.invalidArgument("digits.csv line \(number + 1) has \(fields.count) numbers, expected 65")
            }
            pixels.append(contentsOf: fields[0..<64].map { $0 / 16 })
            labels.append(Int(fields[64]))
        }
        return try Dataset(features: Matrix(rows: labels.count, cols: 64, scalars: pixels), labels: labels)
    }
}
