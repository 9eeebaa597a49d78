import Foundation
import Interpreter

/// One conformance program: a Swift file whose `// expect: …` comments list the lines it
/// prints, or whose `// expect error: line:col message` names the error it must raise. A line
/// `// next block` (see `blockSeparator`) splits it into blocks of one note.
struct ConformanceProgram {
    /// The line that ends one block of a program and starts the next. The blocks run one after
    /// another in one session, as a note's do, sharing its top-level state; swiftc compiles the
    /// file whole, where the line is a comment, so what the blocks print is one program's output.
    static let blockSeparator = "// next block"

    /// Path relative to the Conformance folder, such as `closures/capture.swift`.
    var name: String
    /// The program text.
    var source: String
    /// Expected printed lines, in order.
    var expectedLines: [String]
    /// The expected error: line, column and a message fragment.
    var expectedError: (line: Int, column: Int, message: String)?

    /// Whether the program uses interpreter-only built-ins and so is not compiled with swiftc.
    var usesInterpreterBuiltins: Bool {
        ["expect(", "table(", ".random(", "shuffle", "randomElement", "// interpreter-only"].contains { source.contains($0) }
    }

    /// Runs the program's blocks in order in a new session, up to the first with errors: one
    /// outcome with what they printed and checked, and that block's errors, at their lines in the
    /// program's file.
    func run() -> BlockOutcome {
        let session = Session()
        var combined = BlockOutcome(status: .ok, outputs: [], checks: [], diagnostics: [])
        var firstLine = 1
        for block in source.components(separatedBy: "\n" + Self.blockSeparator + "\n") {
            let outcome = session.run(block, mode: .normal)
            combined.outputs += outcome.outputs
            combined.checks += outcome.checks
            combined.status = outcome.status == .failed ? .failed : combined.status
            combined.diagnostics = outcome.diagnostics.map { d in
                var d = d
                d.line += firstLine - 1
                return d
            }
            if !outcome.diagnostics.isEmpty { break }
            firstLine += block.filter { $0 == "\n" }.count + 2
        }
        return combined
    }

    /// Reads every program under `root`, sorted by name.
    static func load(from root: URL) throws -> [ConformanceProgram] {
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { url in
            let source = try String(contentsOf: url, encoding: .utf8)
            let name = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            var lines: [String] = []
            var expectedError: (Int, Int, String)?
            for line in source.components(separatedBy: "\n") {
                if let r = line.range(of: "// expect: ") {
                    lines.append(String(line[r.upperBound...]))
                } else if line.hasSuffix("// expect:") {
                    lines.append("")
                } else if let r = line.range(of: "// expect error: ") {
                    let rest = line[r.upperBound...]
                    let parts = rest.split(separator: " ", maxSplits: 1)
                    let position = parts[0].split(separator: ":").compactMap { Int($0) }
                    expectedError = (position[0], position[1], parts.count > 1 ? String(parts[1]) : "")
                }
            }
            return ConformanceProgram(name: name, source: source, expectedLines: lines, expectedError: expectedError)
        }.sorted { $0.name < $1.name }
    }

    /// The Conformance folder: the test bundle's copy, or the source tree's.
    static var root: URL { folder("Conformance") }

    /// A folder of programs of the test target, such as `Conformance`: the test bundle's copy, or
    /// the source tree's.
    static func folder(_ name: String) -> URL {
        if let url = Bundle.module.url(forResource: name, withExtension: nil) { return url }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(name)
    }
}
