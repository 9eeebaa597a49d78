import Foundation
import Interpreter
import XCTest

/// Compiles the language-core conformance programs with `swiftc` into one executable and
/// checks that the interpreter prints exactly what compiled Swift prints.
final class DifferentialTests: XCTestCase {
    /// The Swift compiler, if one is installed.
    private var swiftc: URL? {
        let candidates = ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc", "/usr/local/bin/swiftc"]
        return candidates.map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func testInterpreterPrintsWhatCompiledSwiftPrints() throws {
        guard let swiftc else { throw XCTSkip("swiftc is not installed") }
        let programs = try ConformanceProgram.load(from: ConformanceProgram.root)
            .filter { $0.expectedError == nil && !$0.usesInterpreterBuiltins }
        XCTAssertGreaterThan(programs.count, 100)

        let marker = "\u{1E}program "
        var file = "import Foundation\n\n"
        for (i, p) in programs.enumerated() {
            file += "// \(p.name)\nfunc program\(i)() {\n\(p.source)\n}\n\n"
        }
        file += programs.indices.map { "print(\"\\u{1E}program \($0)\")\nprogram\($0)()" }.joined(separator: "\n") + "\n"

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weave-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("main.swift")
        let binary = dir.appendingPathComponent("programs")
        try file.write(to: source, atomically: true, encoding: .utf8)

        let (compileStatus, compileOutput) = try run(swiftc, ["-Onone", "-suppress-warnings", source.path, "-o", binary.path])
        XCTAssertEqual(compileStatus, 0, "swiftc failed:\n\(compileOutput)")
        guard compileStatus == 0 else { return }
        let (status, output) = try run(binary, [])
        XCTAssertEqual(status, 0)

        var compiled: [Int: [String]] = [:]
        var current = -1
        for line in output.components(separatedBy: "\n") {
            if line.hasPrefix(marker), let i = Int(line.dropFirst(marker.count)) {
                current = i
                compiled[i] = []
            } else if current >= 0 {
                compiled[current, default: []].append(line)
            }
        }
        for (i, p) in programs.enumerated() {
            var expected = compiled[i] ?? []
            if i == programs.count - 1, expected.last == "" { expected.removeLast() }
            XCTAssertEqual(printed(Session().run(p.source, mode: .normal)), expected, p.name)
        }
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
