import Foundation
import XCTest

/// End-to-end tests of the `weave` executable: subcommands, help and version, exit codes, messages
/// on standard error, files written (and not written), `--stdout`, `--json`, `--check`, `clean`,
/// folders, determinism and when node is started.
final class CLITests: XCTestCase {
    private var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("weave-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    private struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `weave` executable, next to the test bundle.
    private var binary: URL {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
        return products.appendingPathComponent("weave")
    }

    private func weave(_ arguments: String..., environment: [String: String]? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = work
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func write(_ text: String, _ name: String) throws {
        let url = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: work.appendingPathComponent(name).path)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: work.appendingPathComponent(name), encoding: .utf8)
    }

    private let passing = "# Good\n\nSome $x_1$.\n\n```swift\nlet a = 2.0\nprint(a * 3)\n```\n\nValue `{swift} a`.\n"

    func testBuildsOnePageAndPrintsOneLine() throws {
        try write(passing, "good.md")
        let r = try weave("good.md")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("good.md → site/good.html ("), r.stdout)
        let html = try read("site/good.html")
        XCTAssertTrue(html.contains("<pre class=\"output\" tabindex=\"0\">6.0\n</pre>"))
        XCTAssertTrue(html.contains("<span class=\"value\">2.0</span>"))
        XCTAssertTrue(exists("site/assets/weave.css"))
    }

    func testMissingFileIsAUsageErrorNamingIt() throws {
        let r = try weave("nope.md")
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "nope.md: error: no such file or directory\n")
        XCTAssertFalse(exists("site"))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try weave().status, 2)
        XCTAssertEqual(try weave("--bogus", "x.md").status, 2)
        try write(passing, "good.md")
        XCTAssertEqual(try weave("good.md", "--stdout", "--check").status, 2)
    }

    func testFailedCheckExitsOneWithLocatedMessage() throws {
        try write("# Bad\n\n```swift check title=\"wrong\"\nexpect(1.0 + 1.0 == 3.0, \"one plus one\")\n```\n", "bad.md")
        let r = try weave("bad.md", "--check")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("bad.md:4:1: error: check failed: one plus one"), r.stderr)
        XCTAssertFalse(exists("site"), "--check writes nothing")
    }

    func testJUnitReportAndGitHubAnnotations() throws {
        try write(
            "# Mixed\n\n```swift check title=\"holds\"\nexpect(true, \"fine\")\n```\n\n```swift check title=\"wrong\"\nexpect(1.0, approx: 1.5, tol: 0.1, \"close\")\n```\n\nSee \\cref{nowhere}.\n",
            "mixed.md")
        let r = try weave("check", "mixed.md", "--junit", "junit.xml", "--diagnostics", "github")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("::error file=mixed.md,line=8,col=1::check failed: close"), r.stderr)
        XCTAssertTrue(r.stderr.contains("::warning file=mixed.md,line=11,col=5::no equation, figure, table, check or section labelled 'nowhere'"), r.stderr)
        let junit = try read("junit.xml")
        XCTAssertTrue(junit.contains("<testsuites name=\"weave\" tests=\"2\" failures=\"1\">"), junit)
        XCTAssertTrue(junit.contains("name=\"Check 1: holds\" file=\"mixed.md\" line=\"3\""), junit)
        XCTAssertTrue(junit.contains("name=\"Check 2: wrong\" file=\"mixed.md\" line=\"7\""), junit)
        XCTAssertTrue(junit.contains("mixed.md:8: close (max |Δ| = 5.0e-1)"), junit)
        XCTAssertEqual(try weave("check", "mixed.md", "--junit", "mixed.md").status, 2, "a report may not overwrite a note")
    }

    func testRuntimeErrorIsLocatedInTheNote() throws {
        try write("# E\n\ntext\n\n```swift\nlet xs = [1, 2]\nlet y = xs[5]\n```\n", "e.md")
        let r = try weave("e.md")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("e.md:7:"), r.stderr)
        XCTAssertTrue(try read("site/e.html").contains("class=\"output error\""), "the page still renders, with the error in place")
    }

    func testStdoutWritesASelfContainedPageAndNoFiles() throws {
        try write(passing, "good.md")
        let r = try weave("good.md", "--stdout")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(exists("site"))
        XCTAssertFalse(r.stdout.contains("href=\"assets/"), "no stylesheet is left to fetch")
        XCTAssertFalse(r.stdout.contains("src=\"assets/"), "no script is left to fetch")
        XCTAssertFalse(r.stdout.contains("url(fonts/"), "no font is left to fetch")
        XCTAssertTrue(r.stdout.contains("<style>\n"), "weave's stylesheet is inlined")
        if r.stdout.contains("@font-face") {
            XCTAssertTrue(r.stdout.contains("url(data:font/woff2;base64,"), "KaTeX's fonts are inlined")
        }
        XCTAssertEqual(try weave("good.md", "--stdout").stdout, r.stdout, "deterministic")
    }

    func testStdoutWithAReportIsAUsageError() throws {
        try write(passing, "good.md")
        let r = try weave("good.md", "--stdout", "--json", "report.json")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--stdout writes no report"), r.stderr)
    }

    func testJSONToStandardOutputWritesNoSite() throws {
        try write(passing, "good.md")
        let r = try weave("good.md", "--json", "-")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(exists("site"), "with --json -, standard output holds the report and no page is written")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["failed"] as? Bool, false)
        XCTAssertTrue(r.stderr.hasPrefix("good.md: checked ("), r.stderr)
    }

    func testJSONReport() throws {
        try write(passing, "good.md")
        let r = try weave("good.md", "--json", "-", "--check")
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let notes = try XCTUnwrap(json["notes"] as? [[String: Any]])
        let blocks = try XCTUnwrap(notes.first?["blocks"] as? [[String: Any]])
        XCTAssertEqual(blocks.first?["line"] as? Int, 5)
        XCTAssertEqual(blocks.first?["status"] as? String, "passed")
        XCTAssertEqual(blocks.first?["output"] as? String, "6.0\n")
        XCTAssertEqual(json["failed"] as? Bool, false)
    }

    func testFolderBuildsASiteWithIndexAndWorkingLinks() throws {
        try write("# Home\n\nStart with [the first note](part/one.md).\n", "notes/index.md")
        try write("---\ntitle: One\ndescription: The first.\n---\nBack [home](../index.md).\n", "notes/part/one.md")
        try write("stale", "notes/out/ignored.md")
        let r = try weave("notes", "--out", "notes/out")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(exists("notes/out/out"), "the output folder is not read as notes")
        XCTAssertFalse(exists("notes/out/ignored.html"))
        let index = try read("notes/out/index.html")
        XCTAssertTrue(index.contains("<a href=\"part/one.html\">the first note</a>"))
        XCTAssertTrue(index.contains("<a href=\"part/one.html\">One</a><span class=\"desc\">The first.</span>"))
        let one = try read("notes/out/part/one.html")
        XCTAssertTrue(one.contains("href=\"../assets/weave.css\""))
        XCTAssertTrue(one.contains("<a href=\"../index.html\">home</a>"))
    }

    func testBaseURLWritesASitemapAndNoBaseURLNone() throws {
        try write("# Home\n\n[One](one.md)\n", "notes/index.md")
        try write("# One\n", "notes/one.md")
        XCTAssertEqual(try weave("notes", "--out", "plain").status, 0)
        XCTAssertFalse(exists("plain/sitemap.xml"))
        let r = try weave("notes", "--out", "site", "--base-url", "https://example.org/course")
        XCTAssertEqual(r.status, 0, r.stderr)
        let sitemap = try read("site/sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://example.org/course/one.html</loc>"), sitemap)
        XCTAssertTrue(try read("site/404.html").contains("href=\"https://example.org/course/"))
    }

    func testAReportPathThatIsANoteIsRefused() throws {
        try write("# Keep me\n", "note.md")
        let r = try weave("note.md", "--json", "note.md")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--json note.md would overwrite a note"), r.stderr)
        XCTAssertEqual(try read("note.md"), "# Keep me\n")
    }

    func testEmptyFolderIsAnError() throws {
        try FileManager.default.createDirectory(at: work.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let r = try weave("empty")
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "empty: error: no .md notes in this folder\n")
    }

    func testInvalidUTF8() throws {
        try Data([0x23, 0x20, 0xC3, 0x28, 0x0A]).write(to: work.appendingPathComponent("bin.md"))
        let r = try weave("bin.md")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "bin.md:1:3: error: not valid UTF-8 text (notes must be saved as UTF-8)\n")
    }

    func testSourceUntouchedAndOutputDeterministic() throws {
        try write(passing + "\n$$\\frac{a}{b}\\label{eq:q}$$\n\nSee \\eqref{eq:q}.\n", "good.md")
        let before = try Data(contentsOf: work.appendingPathComponent("good.md"))
        XCTAssertEqual(try weave("good.md", "--out", "a").status, 0)
        XCTAssertEqual(try weave("good.md", "--out", "b").status, 0)
        XCTAssertEqual(try Data(contentsOf: work.appendingPathComponent("good.md")), before)
        XCTAssertEqual(try read("a/good.html"), try read("b/good.html"))
    }

    func testHelpPrintsUsageAndExitsZero() throws {
        for flag in ["--help", "-h"] {
            let r = try weave(flag)
            XCTAssertEqual(r.status, 0, flag)
            XCTAssertTrue(r.stdout.contains("USAGE: weave"), "\(flag): \(r.stdout)")
            XCTAssertTrue(r.stdout.contains("check"), "the subcommands are listed")
            XCTAssertEqual(r.stderr, "")
        }
        let build = try weave("build", "--help")
        XCTAssertEqual(build.status, 0)
        XCTAssertTrue(build.stdout.contains("--stdout"), build.stdout)
    }

    func testVersion() throws {
        let r = try weave("--version")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.hasPrefix("weave "), r.stdout)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 1)
    }

    func testNoArgumentsPrintsHelpAndExitsTwo() throws {
        let r = try weave()
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("Usage: weave") || r.stderr.contains("USAGE: weave"), r.stderr)
    }

    func testBuildIsTheDefaultSubcommand() throws {
        try write(passing, "good.md")
        let implicit = try weave("good.md", "--out", "a")
        let explicit = try weave("build", "good.md", "--out", "b")
        XCTAssertEqual(implicit.status, 0, implicit.stderr)
        XCTAssertEqual(explicit.status, 0, explicit.stderr)
        XCTAssertEqual(try read("a/good.html"), try read("b/good.html"))
    }

    func testCheckSubcommandVerifiesAndWritesNothing() throws {
        try write(passing, "good.md")
        let ok = try weave("check", "good.md")
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.hasPrefix("good.md: checked ("), ok.stdout)
        try write("# Bad\n\n```swift check title=\"wrong\"\nexpect(2.0 > 3.0, \"two above three\")\n```\n", "bad.md")
        let bad = try weave("check", "bad.md")
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("bad.md:4:1: error: check failed: two above three"), bad.stderr)
        XCTAssertFalse(exists("site"))
    }

    func testCleanRemovesTheFolderWeaveCreated() throws {
        try write(passing, "good.md")
        XCTAssertEqual(try weave("good.md").status, 0)
        XCTAssertTrue(exists("site/good.html"))
        let r = try weave("clean")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(exists("site"))
        let again = try weave("clean")
        XCTAssertEqual(again.status, 0, "nothing to clean is not an error")
    }

    func testInterruptStopsTheBuildAndItsWorkerAndLeavesNoTemporaryFile() throws {
        try write("---\ntime-budget: 60\n---\n# Slow\n\n```swift\nvar n = 0\nwhile true { n += 1 }\n```\n", "slow.md")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["slow.md", "--no-cache"]
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the worker runs the loop, then interrupt as Ctrl-C does.
        let deadline = Date().addingTimeInterval(30)
        var workers: [Int32] = []
        while workers.isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            workers = children(of: process.processIdentifier)
        }
        XCTAssertFalse(workers.isEmpty, "the note runs in a worker")
        kill(process.processIdentifier, SIGINT)
        let stopped = Date().addingTimeInterval(10)
        while process.isRunning && Date() < stopped { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertFalse(process.isRunning, "weave stops on SIGINT")
        guard !process.isRunning else { return process.terminate() }
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(process.terminationStatus, SIGINT)
        Thread.sleep(forTimeInterval: 0.5)
        for worker in workers { XCTAssertFalse(isAlive(worker), "the worker \(worker) ended with weave") }
        let temporaries = FileManager.default.enumerator(atPath: work.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(temporaries, [])
    }

    /// Whether `pid` runs (a zombie, dead but not yet reaped, does not).
    private func isAlive(_ pid: Int32) -> Bool {
        guard let fields = statFields(pid) else { return false }
        return fields.first != "Z"
    }

    /// The processes whose parent is `pid`.
    private func children(of pid: Int32) -> [Int32] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap(Int32.init).filter { child in
            guard let fields = statFields(child), fields.count > 1 else { return false }
            return Int32(fields[1]) == pid
        }
    }

    /// The fields of `/proc/<pid>/stat` after the command name (state, parent, …), or `nil` if no
    /// such process exists.
    private func statFields(_ pid: Int32) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else {
            return nil
        }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    func testAProgressLineOnlyOnATerminalAndOnlyForLongBuilds() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("util-linux's script is needed for a terminal") }
        // About two seconds of interpreted work: past the one second after which progress shows.
        try write("---\ntime-budget: 120\n---\n# Slow\n\n```swift\nvar s = 0.0\nfor i in 0..<200_000_000 { s += Double(i) }\nprint(s > 0)\n```\n", "a.md")
        try write("# Quick\n", "b.md")
        let terminal = try runUnder("/usr/bin/script", ["-qec", "\(binary.path) a.md b.md --no-cache", "/dev/null"])
        XCTAssertTrue(terminal.contains("a.md → site/a.html"), terminal)
        XCTAssertTrue(terminal.contains("\r\u{1B}[K[2/2] a.md"), terminal)
        let piped = try weave("a.md", "b.md", "--no-cache")
        XCTAssertFalse(piped.stdout.contains("\u{1B}") || piped.stderr.contains("\u{1B}"), "no progress line in a pipe")
    }

    /// What `executable` prints (standard output and error together), run in the work folder.
    private func runUnder(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = work
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testAReaderThatGoesAwayDoesNotCrashWeave() throws {
        // Math starts KaTeX, which makes weave ignore SIGPIPE: writes to a closed pipe then fail
        // with EPIPE, which must end the writing, not trap.
        try write("# Bad\n\nSome $x_1$.\n\n```swift\nprint(nothing)\n```\n", "bad.md")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["bad.md", "--json", "-"]
        process.currentDirectoryURL = work
        let closed = Pipe()
        try closed.fileHandleForReading.close()
        process.standardOutput = closed
        process.standardError = closed
        try process.run()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            XCTAssertEqual(process.terminationStatus, SIGPIPE, "only SIGPIPE may end weave here, not a trap")
        } else {
            XCTAssertEqual(process.terminationStatus, 1, "the note has an error")
        }
    }

    func testCleanRemovesTheCacheOnlyIfWeaveMadeIt() throws {
        try write(passing, "good.md")
        XCTAssertEqual(try weave("good.md").status, 0)
        XCTAssertTrue(exists(".weave-cache/CACHEDIR.TAG"))
        let r = try weave("clean")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains(".weave-cache: removed"), r.stdout)
        XCTAssertFalse(exists(".weave-cache"))
        try write("keep me", "mine/notes.txt")
        XCTAssertEqual(try weave("clean", "--cache", "mine").status, 2)
        XCTAssertTrue(exists("mine/notes.txt"))
    }

    func testASecondBuildSaysItReusedTheResultsAndNoCacheRunsEverything() throws {
        try write(passing, "good.md")
        XCTAssertFalse(try weave("good.md").stdout.contains("from the cache"))
        let warm = try weave("good.md")
        XCTAssertTrue(warm.stdout.contains("results from the cache"), warm.stdout)
        let report = try weave("check", "good.md", "--json", "-")
        XCTAssertTrue(report.stdout.contains("\"reused\" : true"), report.stdout)
        let fresh = try weave("good.md", "--no-cache", "--cache", "elsewhere")
        XCTAssertFalse(fresh.stdout.contains("from the cache"), fresh.stdout)
        XCTAssertFalse(exists("elsewhere"), "--no-cache writes no cache")
    }

    func testShardsCheckTheirPartAndAWholeBuildThenRunsNothing() throws {
        for name in ["a", "b", "c"] { try write("# \(name)\n\n```swift\nprint(\"\(name)\")\n```\n", "notes/\(name).md") }
        // Lines of the notes checked or built (not of the generated index page).
        func notes(_ outcome: Outcome) -> [Substring] { outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("notes/") } }
        let first = try weave("check", "--shard", "1/2", "notes")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(notes(first).map { $0.split(separator: ":")[0] }, ["notes/a.md", "notes/c.md"])
        let second = try weave("check", "--shard", "2/2", "notes")
        XCTAssertEqual(notes(second).map { $0.split(separator: ":")[0] }, ["notes/b.md"])
        let whole = try weave("notes")
        XCTAssertEqual(whole.status, 0, whole.stderr)
        let noteLines = notes(whole)
        XCTAssertEqual(noteLines.count, 3)
        XCTAssertTrue(noteLines.allSatisfy { $0.hasSuffix("results from the cache)") }, whole.stdout)
        // More shards than notes (a CI matrix wider than the course): a shard may have none.
        let empty = try weave("check", "--shard", "9223372036854775807/9223372036854775807", "notes")
        XCTAssertEqual(empty.status, 0, empty.stderr)
        XCTAssertEqual(notes(empty), [])
        for bad in ["0/2", "3/2", "1", "a/b"] {
            XCTAssertEqual(try weave("check", "--shard", bad, "notes").status, 2, bad)
        }
        let pages = try weave("build", "--shard", "1/2", "notes")
        XCTAssertEqual(pages.status, 2)
        XCTAssertTrue(pages.stderr.contains("use it with `weave check`"), pages.stderr)
    }

    func testCleanNeverRemovesAFolderWeaveDidNotCreate() throws {
        try write("keep me", "mine/notes.txt")
        let r = try weave("clean", "--out", "mine")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("mine: error: not removed: weave did not create this folder"), r.stderr)
        XCTAssertTrue(exists("mine/notes.txt"))
        // Building into a folder that already existed does not make it weave's.
        try write(passing, "good.md")
        XCTAssertEqual(try weave("good.md", "--out", "mine").status, 0)
        XCTAssertEqual(try weave("clean", "--out", "mine").status, 2)
        XCTAssertTrue(exists("mine/notes.txt"))
        XCTAssertTrue(exists("mine/good.html"))
        try write("not a folder", "file")
        XCTAssertEqual(try weave("clean", "--out", "file").status, 2)
        XCTAssertTrue(exists("file"))
    }

    func testNodeStartsOnlyForNotesWithMath() throws {
        let katex = "/usr/share/javascript/katex/katex.min.js"
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard FileManager.default.fileExists(atPath: katex),
            let node = path.split(separator: ":").map({ "\($0)/node" }).first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("node and Debian's KaTeX (libjs-katex) are needed") }
        // A `node` first on PATH that records each start, then runs the real one.
        let log = work.appendingPathComponent("node-starts").path
        try write("#!/bin/sh\necho started >> '\(log)'\nexec '\(node)' \"$@\"\n", "bin/node")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.appendingPathComponent("bin/node").path)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = work.appendingPathComponent("bin").path + ":" + path

        try write("# Plain\n\n```swift\nprint(1 + 1)\n```\n\nNo formulas, and $5 is money.\n", "plain.md")
        let plain = try weave("plain.md", environment: environment)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertFalse(exists("node-starts"), "a note without math does not start node")

        try write(passing, "good.md")
        let math = try weave("good.md", environment: environment)
        XCTAssertEqual(math.status, 0, math.stderr)
        XCTAssertTrue(exists("node-starts"), "a note with math is typeset by KaTeX under node")
        XCTAssertTrue(try read("site/good.html").contains("class=\"katex\""))
    }
}
