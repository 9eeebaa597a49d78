import Foundation
import XCTest

/// End-to-end tests of the `weave` executable: exit codes, messages on standard error, files
/// written (and not written), `--stdout`, `--json`, `--check`, folders and determinism.
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

    private func weave(_ arguments: String...) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = work
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
        XCTAssertTrue(html.contains("<pre class=\"output\">6.0\n</pre>"))
        XCTAssertTrue(html.contains("<span class=\"value\">2.0</span>"))
        XCTAssertTrue(exists("site/assets/weave.css"))
    }

    func testMissingFileIsAnErrorNamingIt() throws {
        let r = try weave("nope.md")
        XCTAssertEqual(r.status, 1)
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

    func testRuntimeErrorIsLocatedInTheNote() throws {
        try write("# E\n\ntext\n\n```swift\nlet xs = [1, 2]\nlet y = xs[5]\n```\n", "e.md")
        let r = try weave("e.md")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("e.md:7:"), r.stderr)
        XCTAssertTrue(try read("site/e.html").contains("class=\"output error\""), "the page still renders, with the error in place")
    }

    func testStdoutWritesThePageAndNoFiles() throws {
        try write(passing, "good.md")
        let r = try weave("good.md", "--stdout")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(exists("site"))
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

    func testEmptyFolderIsAnError() throws {
        try FileManager.default.createDirectory(at: work.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let r = try weave("empty")
        XCTAssertEqual(r.status, 1)
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
}
