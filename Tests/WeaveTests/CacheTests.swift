import Foundation
import Interpreter
import Synchronization
import Worker
import XCTest

@testable import Weave

/// The build cache: its digest, its keys (every input that can change a result changes the key),
/// and builds that reuse results exactly when nothing they depend on changed.
final class CacheTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Digest and keys

    func testSHA256KnownAnswers() {
        // FIPS 180-4's examples, and a message that needs a second padding block.
        XCTAssertEqual(SHA256.hex(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testFieldsCannotRunTogether() {
        XCTAssertNotEqual(CacheKey(["ab", "c"]), CacheKey(["a", "bc"]))
        XCTAssertEqual(CacheKey(["a", "bc"]), CacheKey(["a", "bc"]))
    }

    func testEveryInputOfAnExperimentRunChangesItsKey() throws {
        let calls: [ExperimentCall] = [.block(source: "let x = 1.0", mode: .normal, styled: true), .inline(expression: "x", format: nil)]
        func key(worker: String = "w", options: SessionOptions = SessionOptions(), limits: WorkerLimits = WorkerLimits(), calls: [ExperimentCall] = calls) throws
            -> CacheKey
        {
            try XCTUnwrap(BuildCache.experimentKey(worker: worker, options: options, limits: limits, calls: calls))
        }
        let base = try key()
        XCTAssertEqual(base, try key(), "the same inputs give the same key")
        var seeded = SessionOptions()
        seeded.seed = 7
        var budget = SessionOptions()
        budget.timeBudget = 3
        var changed: [String: CacheKey] = [
            "worker": try key(worker: "v"),
            "seed": try key(options: seeded),
            "time budget": try key(options: budget),
            "memory budget": try key(limits: WorkerLimits(memoryBytes: 1 << 30)),
            "source": try key(calls: [.block(source: "let x = 2.0", mode: .normal, styled: true), .inline(expression: "x", format: nil)]),
            "mode": try key(calls: [.block(source: "let x = 1.0", mode: .check, styled: true), .inline(expression: "x", format: nil)]),
            "hidden": try key(calls: [.block(source: "let x = 1.0", mode: .normal, styled: false), .inline(expression: "x", format: nil)]),
            "inline value": try key(calls: [.block(source: "let x = 1.0", mode: .normal, styled: true), .inline(expression: "x + 1", format: nil)]),
            "inline format": try key(calls: [.block(source: "let x = 1.0", mode: .normal, styled: true), .inline(expression: "x", format: ".3g")]),
            "order": try key(calls: calls.reversed()),
            "one request fewer": try key(calls: Array(calls.prefix(1))),
        ]
        changed["base"] = base
        XCTAssertEqual(Set(changed.values).count, changed.count, "every change gives a key of its own")
    }

    // MARK: Builds

    private let note = """
        # Cached

        Prose before.

        ```swift
        let x = 2.0
        print("twice x is", 2 * x)
        ```

        The value is `{swift} x * 10`.

        ```swift check
        expect(x * x, approx: 4, tol: 1e-12)
        ```

        """

    private func write(_ text: String, _ name: String = "note.md") throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private var cacheFolder: String { folder.appendingPathComponent("cache").path }

    /// A build of `note.md`, with a new cache object on `cacheFolder` unless given `shared` (as a
    /// process that builds again and again keeps one).
    private func build(cache: Bool = true, shared: BuildCache? = nil, typesetter: (any MathTypesetter)? = nil) throws
        -> (page: BuildResult.Page, diagnostics: [String])
    {
        var options = WeaveOptions()
        options.output = folder.appendingPathComponent("site").path
        options.typesetter = typesetter ?? ClientSideTypesetter()
        options.cache = shared ?? (cache ? BuildCache(folder: cacheFolder) : nil)
        let result = try Weaver.build([folder.appendingPathComponent("note.md").path], options: options)
        return (try XCTUnwrap(result.pages.first), result.diagnostics.map(\.description))
    }

    func testASecondBuildReusesTheResultsAndWritesTheSamePage() throws {
        try write(note)
        let first = try build()
        XCTAssertFalse(first.page.reused)
        XCTAssertEqual(first.diagnostics, [])
        XCTAssertTrue(first.page.html.contains("twice x is 4.0"))
        let second = try build()
        XCTAssertTrue(second.page.reused)
        XCTAssertEqual(second.page.html, first.page.html)
        XCTAssertEqual(try build(cache: false).page.html, first.page.html, "the same page as a build without the cache")
    }

    func testAProseEditReusesResultsAndAnyCodeEditRunsAgain() throws {
        try write(note)
        _ = try build()
        try write(note.replacingOccurrences(of: "Prose before.", with: "Prose before,\nnow over two lines."))
        let prose = try build()
        XCTAssertTrue(prose.page.reused)
        XCTAssertTrue(prose.page.html.contains("now over two lines"))

        try write(note.replacingOccurrences(of: "let x = 2.0", with: "let x = 3.0"))
        let code = try build()
        XCTAssertFalse(code.page.reused)
        XCTAssertTrue(code.page.html.contains("twice x is 6.0"))
        XCTAssertEqual(code.diagnostics.count, 1, "x * x is 9 now: the check fails")

        try write(note.replacingOccurrences(of: "`{swift} x * 10`", with: "`{swift} x * 100`"))
        let inline = try build()
        XCTAssertFalse(inline.page.reused)
        XCTAssertTrue(inline.page.html.contains("200.0"))

        try write("---\nseed: 9\n---\n" + note)
        XCTAssertFalse(try build().page.reused, "the seed is part of the key")
    }

    func testAProcessThatBuildsAgainAndAgainReusesANotesLastRunForTheSameBytesOnly() throws {
        let cache = BuildCache(folder: cacheFolder)
        try write(note)
        let first = try build(shared: cache)
        for _ in 0..<2 { XCTAssertEqual(try build(shared: cache).page.html, first.page.html, "reused, then the last run kept") }
        try write(note.replacingOccurrences(of: "Prose before.", with: "Prose after."))
        let prose = try build(shared: cache)
        XCTAssertTrue(prose.page.html.contains("Prose after.") && !prose.page.html.contains("Prose before."))
        XCTAssertEqual(try build(shared: cache).page.html, prose.page.html)
        try write(note.replacingOccurrences(of: "let x = 2.0", with: "let x = 3.0"))
        XCTAssertTrue(try build(shared: cache).page.html.contains("twice x is 6.0"))
        try write(note)
        XCTAssertEqual(try build(shared: cache).page.html, first.page.html)
        XCTAssertEqual(try build(cache: false).page.html, first.page.html, "the same page as a build without the cache")
    }

    func testErrorsOfAReusedRunAreLocatedWhereTheBlockIsNow() throws {
        let failing = "# F\n\n```swift\nlet y = 1.0\nprint(y + nothing)\n```\n"
        try write(failing)
        let first = try build()
        XCTAssertEqual(first.diagnostics.count, 1)
        XCTAssertTrue(first.diagnostics[0].contains("note.md:5:"), first.diagnostics[0])
        try write("# F\n\nTwo new\nlines.\n" + failing.dropFirst(4))
        let moved = try build()
        XCTAssertTrue(moved.page.reused)
        XCTAssertEqual(moved.diagnostics.count, 1)
        XCTAssertTrue(moved.diagnostics[0].contains("note.md:8:"), moved.diagnostics[0])
    }

    func testCorruptOrForeignEntriesAreIgnoredAndRewritten() throws {
        try write(note)
        let first = try build()
        let entries = try XCTUnwrap(FileManager.default.enumerator(atPath: cacheFolder)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }.map { cacheFolder + "/" + $0 }
        XCTAssertFalse(entries.isEmpty)
        // Truncated, then replaced by another entry's contents (valid JSON under the wrong name).
        for path in entries {
            let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        }
        let truncated = try build()
        XCTAssertFalse(truncated.page.reused)
        XCTAssertEqual(truncated.page.html, first.page.html)
        XCTAssertTrue(try build().page.reused, "the entry was written again")
        let experiment = try XCTUnwrap(entries.first { $0.contains("/experiments/") })
        try Data(#"{"key":"0000","value":[]}"#.utf8).write(to: URL(fileURLWithPath: experiment))
        let foreign = try build()
        XCTAssertFalse(foreign.page.reused)
        XCTAssertEqual(foreign.page.html, first.page.html)
    }

    func testARunStoppedByItsBudgetIsNotKept() throws {
        try write("---\ntime-budget: 0.3\n---\n# Slow\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n")
        let first = try build()
        XCTAssertEqual(first.diagnostics.count, 1)
        XCTAssertTrue(first.diagnostics[0].contains("time budget"), first.diagnostics[0])
        XCTAssertFalse(try build().page.reused, "how far a stopped block got depends on the machine")
    }

    func testAnUnwritableCacheWarnsOnceAndTheBuildSucceeds() throws {
        try write(note)
        try "a file where the cache folder should be".write(toFile: cacheFolder, atomically: true, encoding: .utf8)
        let built = try build()
        XCTAssertFalse(built.page.reused)
        XCTAssertEqual(built.diagnostics.count, 1)
        XCTAssertTrue(built.diagnostics[0].contains("warning: cannot write the build cache"), built.diagnostics[0])
    }

    /// A typesetter that counts the formulas it is asked for.
    private final class CountingTypesetter: MathTypesetter, MathSession, @unchecked Sendable {
        let asked = Mutex<[String]>([])
        let identity: String
        init(identity: String) { self.identity = identity }
        func start() -> any MathSession { self }
        func pageSupport(assets: String) -> (head: String, bodyEnd: String) { ("", "") }
        var cacheIdentity: String? { identity }
        func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
            asked.withLock { $0 += formulas.map(\.tex) }
            return formulas.map { $0.tex.contains("\\bad") ? .failure(MathError(message: "bad")) : .success("<m>\($0.tex)</m>") }
        }
        func finish() {}
    }

    func testFormulasAreTypesetOnceAndAgainOnlyWhenTheyOrTheTypesetterChange() throws {
        try write("# M\n\n$a + b$ and $\\bad$ and\n\n$$c = d$$\n")
        let katex = CountingTypesetter(identity: "katex-1")
        let first = try build(typesetter: katex)
        XCTAssertEqual(katex.asked.withLock { $0 }.sorted(), ["\\bad", "a + b", "c = d"])
        XCTAssertEqual(first.diagnostics.count, 1, "the TeX error")
        let again = CountingTypesetter(identity: "katex-1")
        let second = try build(typesetter: again)
        XCTAssertEqual(again.asked.withLock { $0 }, [])
        XCTAssertEqual(second.page.html, first.page.html)
        XCTAssertEqual(second.diagnostics, first.diagnostics, "a cached TeX error is still reported")

        try write("# M\n\n$a + b$ and $\\bad$ and\n\n$$c = e$$\n")
        let edited = CountingTypesetter(identity: "katex-1")
        _ = try build(typesetter: edited)
        XCTAssertEqual(edited.asked.withLock { $0 }, ["c = e"])
        let upgraded = CountingTypesetter(identity: "katex-2")
        _ = try build(typesetter: upgraded)
        XCTAssertEqual(upgraded.asked.withLock { $0 }.count, 3, "another typesetter version typesets everything")
    }

    func testThreadsWritingTheSameEntryAtOnceAllSucceed() {
        // Notes built in parallel write the cache's tag file, and may write the same entry, at once.
        let cache = BuildCache(folder: cacheFolder)
        let key = CacheKey(["same"])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in cache.write(.math, key, "value") }
        XCTAssertNil(cache.problem)
        XCTAssertEqual(BuildCache(folder: cacheFolder).read(.math, key, as: String.self), "value")
        XCTAssertTrue(BuildCache.isCache(cacheFolder))
    }

    func testShardsPartitionTheNotes() throws {
        let notes = Array(1...7)
        let parts = (1...3).map { Shard(index: $0, count: 3)!.select(notes) }
        XCTAssertEqual(parts, [[1, 4, 7], [2, 5], [3, 6]])
        XCTAssertNil(Shard(index: 0, count: 3))
        XCTAssertNil(Shard(index: 4, count: 3))
        XCTAssertEqual(Shard(index: 1, count: 1)!.select(notes), notes)
    }

    func testTheWorkerFingerprintFollowsTheBuildIDOrTheContent() throws {
        let worker = ExecutePass.workerExecutable
        let copy = folder.appendingPathComponent("weave-worker")
        try FileManager.default.copyItem(atPath: worker, toPath: copy.path)
        let original = try XCTUnwrap(WorkerFingerprint.of(executable: copy.path))
        XCTAssertEqual(WorkerFingerprint.of(executable: copy.path), original, "the same file, the same fingerprint")
        let id = try XCTUnwrap(WorkerFingerprint.buildID(try FileHandle(forReadingFrom: copy)), "swift build links with a GNU build ID")
        XCTAssertGreaterThanOrEqual(id.count, 16)
        var bytes = try Data(contentsOf: copy)
        let at = try XCTUnwrap(bytes.range(of: Data(id))).lowerBound
        bytes[at] ^= 0xff
        try bytes.write(to: copy)
        XCTAssertNotEqual(WorkerFingerprint.of(executable: copy.path), original, "another build ID")

        // The data bundles beside the worker are part of it.
        let bundle = folder.appendingPathComponent("weave_Optim.resources")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        try "1,2\n".write(to: bundle.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        let withData = try XCTUnwrap(WorkerFingerprint.of(executable: copy.path))
        try "1,3\n".write(to: bundle.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        let changedData = try XCTUnwrap(WorkerFingerprint.of(executable: copy.path))
        XCTAssertNotEqual(changedData, withData, "changed data, another fingerprint")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("weave_OptimTests.resources"), withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent("weave_OptimTests.resources/fixture.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(WorkerFingerprint.of(executable: copy.path), changedData, "the tests' bundles are not the worker's")

        // A file with no build ID is known by its whole content.
        let script = folder.appendingPathComponent("script")
        try "#!/bin/sh\necho 1\n".write(to: script, atomically: true, encoding: .utf8)
        let one = try XCTUnwrap(WorkerFingerprint.of(executable: script.path))
        try "#!/bin/sh\necho 2\n".write(to: script, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(WorkerFingerprint.of(executable: script.path), one)
        XCTAssertNil(WorkerFingerprint.of(executable: folder.appendingPathComponent("missing").path))
    }
}
