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

    func testStatusIsSentToEveryPageAndTheLatestFirstWithTheUpdateOfItsOwnPage() async throws {
        let live = LiveReload()
        let (incoming, _) = AsyncStream<WSMessage>.makeStream()
        var sgd = live.listen(page: "sgd.html", to: incoming).makeAsyncIterator()
        var other = live.listen(page: "index.html", to: incoming).makeAsyncIterator()
        XCTAssertEqual(live.pagesShown, ["sgd.html", "index.html"])
        for messages in [await sgd.next(), await other.next()] {
            guard case .text(let first)? = messages else { return XCTFail("no first status") }
            XCTAssertEqual(first, BuildStatus.initial.json)
        }
        let status = BuildStatus(generation: 2, changed: ["sgd.html"], errors: ["sgd.md:4:7: error: x"], warnings: [])
        let update = PageUpdate(base: 1, from: PageVersion(page("<p>a</p>\n")), to: PageVersion(page("<p>b</p>\n")))
        live.publish(status, pages: ["sgd.html": page("<p>b</p>\n")], updates: ["sgd.html": update])
        struct Sent: Decodable, Equatable {
            var generation: Int
            var changed: [String]
            var update: PageUpdate?
        }
        guard case .text(let toSGD)? = await sgd.next(), case .text(let toOther)? = await other.next() else { return XCTFail("no second status") }
        XCTAssertEqual(try JSONDecoder().decode(Sent.self, from: Data(toSGD.utf8)), Sent(generation: 2, changed: ["sgd.html"], update: update))
        XCTAssertEqual(toOther, status.json)
        XCTAssertEqual(live.status, status)
        XCTAssertEqual(live.site.generation, 2)
        XCTAssertEqual(live.site.pages, ["sgd.html": page("<p>b</p>\n")])
    }

    /// A page shaped like weave's: the course's navigation, then the note's article.
    private func page(_ article: String, title: String = "SGD", nav: String = "<li><a href=\"#a\">A</a></li>") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(title) · Course</title>
        <link rel="stylesheet" href="assets/weave.css">
        <script src="assets/search.js" defer></script>
        </head>
        <body>
        <div class="layout course">
        <nav class="sidebar" id="course" aria-label="Course">
        <form class="search" role="search" hidden><input type="search" aria-label="Search"><ol class="search-results"></ol></form>
        <ul class="sections">
        \(nav)
        </ul>
        </nav>
        <main>
        <article>
        <h1 class="title">\(title)</h1>
        \(article)<!-- end -->
        </article>
        </main>
        </div>
        <footer class="page-footer">Woven by weave from <code>sgd.md</code>.</footer>
        </body>
        </html>

        """
    }

    private func spliceBetween(_ old: String, _ new: String) -> PageSplice? {
        PageSplice.between(PageVersion(old), PageVersion(new))
    }

    /// `old` with `splice` made, as the page script makes it, but on the HTML text.
    private func applying(_ splice: PageSplice, to old: String) throws -> String {
        let bytes = Array(old.utf8)
        let outline = try XCTUnwrap(PageOutline(bytes))
        var element = outline.elements[outline.body]
        for index in splice.path {
            let elements = element.children.compactMap(\.element)
            element = outline.elements[elements[index]]
        }
        XCTAssertEqual(element.name, splice.name)
        XCTAssertEqual(element.children.count, splice.count)
        let children = element.children
        let start = splice.from < children.count ? children[splice.from].range.lowerBound : children.last!.range.upperBound
        let end = splice.removed == 0 ? start : children[splice.from + splice.removed - 1].range.upperBound
        return String(decoding: bytes[..<start] + Array(splice.html.utf8) + bytes[end...], as: UTF8.self)
    }

    func testAnEditedParagraphIsSplicedIntoItsArticleAlone() throws {
        let math = #"<span class="katex"><math><semantics><mrow><mi>x</mi><mo>&lt;</mo></mrow><annotation encoding="application/x-tex">x<</annotation></semantics></math></span>"#
        let figure = #"<figure><svg viewBox="0 0 10 10"><title>Loss</title><clipPath id="c"><rect width="1"/></clipPath><path d="M0 0L1 1"/><text x="1">1 &gt; 0</text></svg></figure>"#
        let table = "<table class=\"result\">\n<thead><tr><th>a</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody></table>"
        let body = ["<p>One \(math) two.</p>", figure, table, "<pre><code>let x = 1 &lt; 2</code></pre>", "<p>Three.</p>"]
        let old = page(body.joined(separator: "\n") + "\n")
        // div.layout > main > article, and its third element, the figure, for a change inside the SVG.
        let edits = [
            (0, "<p>One \(math) two, edited.</p>", [0, 1, 0], "article"),
            (1, figure.replacingOccurrences(of: "L1 1", with: "L2 2"), [0, 1, 0, 2], "figure"),
            (4, "<p>Three.</p>\n<p>Four.</p>", [0, 1, 0], "article"),
        ]
        for (index, edited, path, name) in edits {
            var parts = body
            parts[index] = edited
            let new = page(parts.joined(separator: "\n") + "\n")
            let splice = try XCTUnwrap(spliceBetween(old, new), "edit \(index)")
            XCTAssertEqual(splice.path, path)
            XCTAssertEqual(splice.name, name)
            XCTAssertEqual(splice.removed, 1)
            XCTAssertLessThan(splice.html.count, edited.count + 2)
            XCTAssertEqual(try applying(splice, to: old), new)
        }
        // A paragraph removed: nothing added.
        let removed = page(body.dropLast().joined(separator: "\n") + "\n")
        let splice = try XCTUnwrap(spliceBetween(old, removed))
        XCTAssertEqual(try applying(splice, to: old), removed)
    }

    func testAChangeInTheNavigationAndTheArticleIsSplicedWhereBothAre() throws {
        let old = page("<h2 id=\"a\">A</h2>\n<p>x</p>\n")
        let new = page("<h2 id=\"b\">B</h2>\n<p>x</p>\n", nav: "<li><a href=\"#b\">B</a></li>")
        let splice = try XCTUnwrap(spliceBetween(old, new))
        XCTAssertEqual(splice.path, [0], "div.layout: its navigation and its main part both change")
        XCTAssertEqual(try applying(splice, to: old), new)
    }

    func testPagesABrowserWouldNotBuildAsTheirTagsNestAreSentWhole() {
        XCTAssertNil(spliceBetween(page("<p>x</p>\n"), page("<p>x</p>\n")), "no change")
        XCTAssertNil(spliceBetween(page("<p>x</p>\n", title: "A"), page("<p>x</p>\n", title: "B")), "a change in <head>")
        for irregular in [
            "<p>x<div>y</div></p>", "<table><tr><td>1</td></tr></table>", "<table>text<tbody></tbody></table>", "<ul><li>a<li>b</ul>",
            "<svg><p>x</p></svg>", "<div><span>x</div></span>", "<p>unclosed", "<select><option>a</option></select>",
            "<a href=x><a href=y>z</a></a>", "<div/>", "<!x>",
        ] {
            XCTAssertNil(spliceBetween(page("<p>x</p>\n" + irregular + "\n"), page("<p>y</p>\n" + irregular + "\n")), irregular)
        }
        let regular = ["<ul><li>a<ul><li>b</li></ul></li></ul>", "<p title=\"a>b\">c</p>", "<script>if (a < b && c > d) {}</script>", "<br><img src=x alt=\"\">"]
        for html in regular {
            XCTAssertNotNil(spliceBetween(page("<p>x</p>\n" + html + "\n"), page("<p>y</p>\n" + html + "\n")), html)
        }
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
                let names = watcher.waitForChange().paths.map { URL(fileURLWithPath: $0).lastPathComponent }
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
