import Foundation
import SwiftParser
import SwiftSyntax

/// What `swiftc` makes of Swift programs: each program is compiled as the `main.swift` of its own
/// executable and run, and what it prints is what the interpreter must print.
///
/// Compiling hundreds of programs one by one takes minutes, so programs whose top level declares
/// only functions and variables are compiled together, each wrapped in a function of one
/// executable (a program whose wrapping does not compile — a local function used before its
/// declaration, say — falls back to a file of its own). Programs that declare types, protocols,
/// extensions or operators are always compiled alone: Swift allows protocols, extensions and
/// operators only at file scope, and prints types local to a function with a qualified name.
/// Separate compilations run in parallel, a few at a time, and their results are cached in the
/// temporary directory by compiler and source, so a second run compiles only what changed.
enum CompiledSwift {
    /// The Swift compiler, if one is installed.
    static let swiftc: URL? = ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc", "/usr/local/bin/swiftc"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// What one program did when compiled by swiftc.
    enum Run: Equatable {
        /// It compiled, ran and exited with status 0, printing this text.
        case printed(String)
        /// It did not compile, or it trapped; the compiler's or the program's output.
        case failed(String)
    }

    /// The compiler's options: the module is `main`, as for a `main.swift` compiled on its own (so
    /// types print as `main.Point`), and `-lm` links libm, which `squareRoot()` and friends call
    /// and swiftc does not link without Foundation.
    private static let flags = ["-Onone", "-suppress-warnings", "-lm", "-module-name", "main"]

    /// How many compilations run at once.
    private static let parallelism = 4

    /// What each of `sources` does as a compiled program, in order.
    static func run(_ sources: [String]) throws -> [Run] {
        guard let swiftc else { throw CompileError.noCompiler }
        let cache = try Cache(swiftc: swiftc)
        var results = sources.map { cache.result(for: $0) }
        let pending = sources.indices.filter { results[$0] == nil }
        var alone: [Int] = []
        var batches: [Bool: [Int]] = [:]
        for i in pending {
            if let usesFoundation = wrappableImportingFoundation(sources[i]) {
                batches[usesFoundation, default: []].append(i)
            } else {
                alone.append(i)
            }
        }
        for (importsFoundation, members) in batches.sorted(by: { !$0.key && $1.key }) {
            let (done, failed) = try runBatch(members.map { sources[$0] }, importingFoundation: importsFoundation, swiftc: swiftc)
            for (k, run) in done { results[members[k]] = run }
            alone += failed.map { members[$0] }
        }
        let runs = try concurrentMap(alone) { i in try runAlone(sources[i], swiftc: swiftc) }
        for (i, run) in zip(alone, runs) { results[i] = run }
        for i in pending { cache.store(results[i]!, for: sources[i]) }
        return results.map { $0! }
    }

    /// Why compiled Swift is not available.
    enum CompileError: Error {
        /// No `swiftc` is installed.
        case noCompiler
    }

    /// For a program that can be wrapped in a function (its top level declares nothing but
    /// functions and variables, and imports nothing but Foundation), whether it imports
    /// Foundation; nil for a program that must be compiled alone.
    private static func wrappableImportingFoundation(_ source: String) -> Bool? {
        var importsFoundation = false
        for item in Parser.parse(source: source).statements {
            guard case .decl(let decl) = item.item else { continue }
            if let i = decl.as(ImportDeclSyntax.self) {
                guard i.path.trimmedDescription == "Foundation" else { return nil }
                importsFoundation = true
            } else if !decl.is(FunctionDeclSyntax.self) && !decl.is(VariableDeclSyntax.self) {
                return nil
            }
        }
        return importsFoundation
    }

    /// Compiles `sources` into one executable, each wrapped in a function, and runs it. Returns
    /// the runs by index into `sources`, and the indices of programs that must be compiled alone:
    /// those the compiler rejects wrapped, and all if the executable traps.
    private static func runBatch(_ sources: [String], importingFoundation: Bool, swiftc: URL) throws -> (runs: [Int: Run], alone: [Int]) {
        var members = Array(sources.indices)
        var alone: [Int] = []
        for _ in 0..<4 {
            guard !members.isEmpty else { break }
            var file = importingFoundation ? "import Foundation\n" : ""
            var starts: [(line: Int, member: Int)] = []
            for m in members {
                starts.append((file.filter { $0 == "\n" }.count + 1, m))
                let body = sources[m].components(separatedBy: "\n").filter { !$0.hasPrefix("import ") }
                file += "func program\(m)() {\n" + body.joined(separator: "\n") + "\n}\n"
            }
            file += members.map { "print(\"\\u{1E}program \($0)\")\nprogram\($0)()" }.joined(separator: "\n") + "\n"
            let (compiled, output) = try compileAndRun(file, swiftc: swiftc)
            guard compiled else {
                // The lines swiftc blames pick the programs that cannot be wrapped.
                let blamed = Set(errorLines(in: output).compactMap { line in starts.last { $0.line <= line }?.member })
                guard !blamed.isEmpty else { break }
                alone += blamed
                members.removeAll { blamed.contains($0) }
                continue
            }
            guard case .printed(let text) = output else { break }
            // Each program's output follows its marker line.
            var runs: [Int: Run] = [:]
            for segment in text.components(separatedBy: marker).dropFirst() {
                guard let newline = segment.firstIndex(of: "\n"), let m = Int(segment[..<newline]) else { continue }
                runs[m] = .printed(String(segment[segment.index(after: newline)...]))
            }
            return (runs, alone)
        }
        return ([:], alone + members)
    }

    /// Separates the output of the programs of one executable.
    private static let marker = "\u{1E}program "

    /// The lines of `main.swift` that compiler output reports errors at.
    private static func errorLines(in output: Run) -> [Int] {
        guard case .failed(let text) = output else { return [] }
        return text.components(separatedBy: "\n").compactMap { line in
            guard let r = line.range(of: "main.swift:"), line.contains(": error:") else { return nil }
            return Int(line[r.upperBound...].prefix { $0.isNumber })
        }
    }

    /// Compiles one program as its own `main.swift` and runs it.
    private static func runAlone(_ source: String, swiftc: URL) throws -> Run {
        try compileAndRun(source, swiftc: swiftc).run
    }

    /// Compiles `source` as `main.swift` and runs the executable: whether it compiled, and the run.
    private static func compileAndRun(_ source: String, swiftc: URL) throws -> (compiled: Bool, run: Run) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weave-swiftc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = dir.appendingPathComponent("main.swift")
        let binary = dir.appendingPathComponent("program")
        try source.write(to: main, atomically: true, encoding: .utf8)
        let (status, output) = try execute(swiftc, flags + [main.path, "-o", binary.path])
        guard status == 0 else { return (false, .failed(output)) }
        let (runStatus, printed) = try execute(binary, [])
        return (true, runStatus == 0 ? .printed(printed) : .failed(printed))
    }

    /// Runs an executable and returns its exit status and its output (standard output and error).
    private static func execute(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
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

    /// `transform` applied to each element, at most `parallelism` at a time, in order.
    private static func concurrentMap<T: Sendable, U: Sendable>(_ xs: [T], _ transform: @escaping @Sendable (T) throws -> U) throws -> [U] {
        let slots = Slots<U>(xs.count)
        let gate = DispatchSemaphore(value: parallelism)
        let group = DispatchGroup()
        for (i, x) in xs.enumerated() {
            gate.wait()
            DispatchQueue.global().async(group: group) {
                let r = Result { try transform(x) }
                slots.lock.withLock { slots.results[i] = r }
                gate.signal()
            }
        }
        group.wait()
        return try slots.results.map { try $0!.get() }
    }

    /// Runs of programs compiled before, by compiler and source, in the temporary directory.
    private struct Cache {
        let directory: URL
        let compiler: String

        init(swiftc: URL) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("weave-swiftc-cache")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let modified = (try? FileManager.default.attributesOfItem(atPath: swiftc.resolvingSymlinksInPath().path)[.modificationDate]) as? Date
            compiler = "\(swiftc.path) \(modified?.timeIntervalSince1970 ?? 0) \(CompiledSwift.flags.joined(separator: " "))"
        }

        /// The file holding the run of `source`: named by an FNV-1a hash of compiler and source.
        private func file(for source: String) -> URL {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in (compiler + "\n" + source).utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return directory.appendingPathComponent(String(hash, radix: 16) + ".run")
        }

        func result(for source: String) -> Run? {
            guard let data = try? Data(contentsOf: file(for: source)) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            guard let newline = text.firstIndex(of: "\n") else { return nil }
            let body = String(text[text.index(after: newline)...])
            switch text[..<newline] {
            case "printed": return .printed(body)
            case "failed": return .failed(body)
            default: return nil
            }
        }

        func store(_ run: Run, for source: String) {
            let text = switch run {
            case .printed(let s): "printed\n" + s
            case .failed(let s): "failed\n" + s
            }
            try? text.write(to: file(for: source), atomically: true, encoding: .utf8)
        }
    }
}

/// The results of a concurrent map, filled in by its tasks under a lock.
private final class Slots<U>: @unchecked Sendable {
    var results: [Result<U, Error>?]
    let lock = NSLock()

    init(_ n: Int) { results = Array(repeating: nil, count: n) }
}
