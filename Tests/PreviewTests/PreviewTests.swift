import FlyingFox
import Foundation
import Synchronization
import XCTest

@testable import Preview

/// The parts of `weave preview` that need no browser (the real-browser test is
/// `.ci/preview_check.py`): which file answers a URL, the script added to served pages, the
/// status sent to pages, and the watcher that notices saves.
final class PreviewTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site/part"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String, _ path: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private let tag = "<script src=\"/__weave/preview.js\" data-generation=\"3\"></script>"

    func testPagesAreServedWithTheScriptAndOtherFilesAsTheyAre() throws {
        try write("<html><body><p>x</p></body></html>", "site/index.html")
        try write("<html><body>b</body></html>", "site/part/b.html")
        try write("body { color: red }", "site/assets/site.css")
        let files = SiteFiles(root: folder.appendingPathComponent("site").path)
        XCTAssertEqual(
            files.answer("/", inject: tag), .file(Data("<html><body><p>x</p>\(tag)</body></html>".utf8), type: "text/html; charset=utf-8"))
        XCTAssertEqual(files.answer("/part/b.html", inject: tag), .file(Data("<html><body>b\(tag)</body></html>".utf8), type: "text/html; charset=utf-8"))
        XCTAssertEqual(files.answer("/assets/site.css", inject: tag), .file(Data("body { color: red }".utf8), type: "text/css; charset=utf-8"))
        XCTAssertEqual(files.answer("/part", inject: tag), .redirect("/part/"))
        XCTAssertEqual(files.answer("/missing.html", inject: tag), .missing(nil))
        try write("<html><body>Not here</body></html>", "site/404.html")
        XCTAssertEqual(files.answer("/missing.html", inject: tag), .missing(Data("<html><body>Not here\(tag)</body></html>".utf8)))
    }

    func testOnlyAssetsThatChangeWithWeaveAreKeptByTheBrowser() {
        XCTAssertEqual(PreviewServer.headers("text/css", for: "/assets/katex/katex.min.css")[.cacheControl], "max-age=3600")
        XCTAssertEqual(PreviewServer.headers("font/woff2", for: "/assets/katex/fonts/KaTeX_Main-Regular.woff2")[.cacheControl], "max-age=3600")
        for path in ["/sgd.html", "/assets/search-index.js", "/part/assets/x.css"] {
            XCTAssertEqual(PreviewServer.headers("text/html", for: path)[.cacheControl], "no-store", path)
        }
    }

    func testNothingOutsideTheSiteOrHiddenIsServed() throws {
        try write("secret", "secret.txt")
        try write("marker", "site/.weave-output")
        let files = SiteFiles(root: folder.appendingPathComponent("site").path)
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/part/../../secret.txt", "/.weave-output", "/./index.html"] {
            XCTAssertEqual(files.answer(path, inject: tag), .missing(nil), path)
        }
    }

    func testStatusIsSentToEveryPageAndTheLatestFirst() async throws {
        let live = LiveReload()
        let (incoming, _) = AsyncStream<WSMessage>.makeStream()
        let messages = try await live.makeMessages(for: incoming)
        var iterator = messages.makeAsyncIterator()
        guard case .text(let first)? = await iterator.next() else { return XCTFail("no first status") }
        XCTAssertEqual(first, BuildStatus.initial.json)
        let status = BuildStatus(generation: 2, changed: ["sgd.html"], errors: ["sgd.md:4:7: error: x"], warnings: [])
        live.publish(status)
        guard case .text(let second)? = await iterator.next() else { return XCTFail("no second status") }
        XCTAssertEqual(try JSONDecoder().decode(BuildStatus.self, from: Data(second.utf8)), status)
        XCTAssertEqual(live.status, status)
    }

    func testTheWatcherReportsSavesOnceEachAndIgnoresHiddenFilesAndTheOutput() throws {
        try write("# A\n", "notes/a.md")
        nonisolated(unsafe) let watcher = NoteWatcher(paths: [folder.appendingPathComponent("notes").path], excluding: [folder.appendingPathComponent("notes/site").path])
        XCTAssertTrue(watcher.isEventDriven, "inotify on Linux")
        let changes = DispatchQueue(label: "watch")
        let seen = Mutex<[[String]]>([])
        let done = expectation(description: "two changes")
        done.expectedFulfillmentCount = 2
        changes.async {
            for _ in 0..<2 {
                let names = watcher.waitForChange().map { URL(fileURLWithPath: $0).lastPathComponent }
                seen.withLock { $0.append(names) }
                done.fulfill()
            }
        }
        Thread.sleep(forTimeInterval: 0.3)
        try write("ignored", "notes/.a.md.swp")
        try write("ignored", "notes/site/a.html")
        try write("# A, edited\n", "notes/a.md")
        Thread.sleep(forTimeInterval: 0.5)
        try write("# B\n", "notes/sub/b.md")
        wait(for: [done], timeout: 10)
        XCTAssertEqual(seen.withLock { $0 }, [["a.md"], ["b.md"]])
    }
}
