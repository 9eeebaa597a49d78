import Foundation
import XCTest

@testable import Weave

/// A folder build as a reader meets it: the course order, the sidebar and the previous and next
/// links of every page, one `<h1>` a page, figure captions, `404.html` and `sitemap.xml`.
final class SiteTests: NotesFolderTestCase {
    private func build(baseURL: String? = nil) throws -> [String: String] {
        var options = WeaveOptions()
        options.output = folder.appendingPathComponent("site").path
        options.typesetter = ClientSideTypesetter()
        options.baseURL = baseURL
        let result = try Weaver.build([folder.appendingPathComponent("notes").path], options: options)
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        return Dictionary(uniqueKeysWithValues: result.pages.map { ($0.output, $0.html) })
    }

    /// Fails, naming the piece, for each of `pieces` that `page` lacks.
    private func assert(_ page: String, contains pieces: [String], file: StaticString = #filePath, line: UInt = #line) {
        for piece in pieces { XCTAssertTrue(page.contains(piece), "missing: \(piece)", file: file, line: line) }
    }

    /// The course of three notes: `index.md` links `part/b.md`, then `a.md` (twice); `c.md` is
    /// not linked.
    private func writeCourse() throws {
        try write("---\ntitle: The Course\n---\n# The Course\n\nFirst [B](part/b.md#start), then [A](./a.md), [A again](a.md).\n", "notes/index.md")
        try write("# Note A\n\n## One\n\nText.\n\n## Two\n\n### Two and a half\n\nText.\n", "notes/a.md")
        try write("---\ntitle: Note B\ndescription: The second letter.\n---\nBack [home](../index.md).\n", "notes/part/b.md")
        try write("# Note C\n", "notes/c.md")
    }

    func testIndexLinksGiveTheCourseOrder() throws {
        try writeCourse()
        let pages = try build()
        let index = try XCTUnwrap(pages["index.html"])
        let list = try XCTUnwrap(index.range(of: "<ol class=\"note-list\">")).upperBound
        let b = try XCTUnwrap(index.range(of: "part/b.html\">Note B</a><span class=\"desc\">The second letter.</span>", range: list..<index.endIndex))
        let a = try XCTUnwrap(index.range(of: "a.html\">Note A</a>", range: list..<index.endIndex))
        let c = try XCTUnwrap(index.range(of: "c.html\">Note C</a>", range: list..<index.endIndex))
        XCTAssertLessThan(b.lowerBound, a.lowerBound)
        XCTAssertLessThan(a.lowerBound, c.lowerBound, "a note the index does not link comes last")
    }

    func testEveryPageHasTheCourseSidebarAndPager() throws {
        try writeCourse()
        let pages = try build()
        let a = try XCTUnwrap(pages["a.html"])
        assert(a, contains: [
            "<p class=\"course-title\"><a href=\"index.html\">The Course</a></p>",
            "<li class=\"current\"><a href=\"a.html\" aria-current=\"page\">Note A</a>\n<ul class=\"sections\">",
            "<li><a href=\"#two\">Two</a><ul>\n<li><a href=\"#two-and-a-half\">Two and a half</a>",
            "<a class=\"prev\" rel=\"prev\" href=\"part/b.html\">",
            "<a class=\"next\" rel=\"next\" href=\"c.html\">",
            "<title>Note A · The Course</title>",
        ])
        // A page one folder down reaches the others through `../`; it has no sections to expand.
        let b = try XCTUnwrap(pages["part/b.html"])
        assert(b, contains: [
            "<a href=\"../a.html\">Note A</a>",
            "<li class=\"current\"><a href=\"../part/b.html\" aria-current=\"page\">Note B</a>\n</li>",
            "<a class=\"prev\" rel=\"prev\" href=\"../index.html\">",
        ])
        // The API reference follows the last note, and is the course's last page.
        let c = try XCTUnwrap(pages["c.html"])
        XCTAssertTrue(c.contains("<a class=\"next\" rel=\"next\" href=\"reference.html\">"))
        XCTAssertFalse(try XCTUnwrap(pages["reference.html"]).contains("rel=\"next\""), "the last page has no next page")
        XCTAssertFalse(try XCTUnwrap(pages["index.html"]).contains("rel=\"prev\""), "the index has no previous page")
    }

    func testWithoutAnIndexTheCourseIsInPathOrderWithAGeneratedIndex() throws {
        try write("# Zeta\n", "notes/z.md")
        try write("# Alpha\n", "notes/y.md")
        let pages = try build()
        let index = try XCTUnwrap(pages["index.html"])
        XCTAssertTrue(index.contains("<h1 class=\"title\">Course notes</h1>"))
        let y = try XCTUnwrap(index.range(of: "y.html\">Alpha</a>"))
        let z = try XCTUnwrap(index.range(of: "z.html\">Zeta</a>"))
        XCTAssertLessThan(y.lowerBound, z.lowerBound)
    }

    func testNotFoundPageAndSitemap() throws {
        try writeCourse()
        _ = try build()
        let site = folder.appendingPathComponent("site")
        let notFound = try String(contentsOf: site.appendingPathComponent("404.html"), encoding: .utf8)
        XCTAssertTrue(notFound.contains("<h1 class=\"title\">Page not found</h1>"))
        XCTAssertTrue(notFound.contains("<a href=\"part/b.html\">Note B</a>"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("sitemap.xml").path), "no sitemap without a base URL")

        _ = try build(baseURL: "https://example.org/course")
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        XCTAssertEqual(locations, [
            "https://example.org/course/index.html", "https://example.org/course/part/b.html",
            "https://example.org/course/a.html", "https://example.org/course/c.html", "https://example.org/course/reference.html",
        ])
        let absolute = try String(contentsOf: site.appendingPathComponent("404.html"), encoding: .utf8)
        XCTAssertTrue(absolute.contains("<link rel=\"stylesheet\" href=\"https://example.org/course/assets/weave.css\">"))
    }

    func testSearchIndexHoldsEverySectionInCourseOrder() throws {
        try writeCourse()
        try write("# Note C\n\n## 动量方法\n\n动量法 $v_{t+1}$ and\n\n$$\\sum_i g_i$$\n\n```swift check title=\"Sums agree\"\nexpect(true)\n```\n", "notes/c.md")
        _ = try build()
        let assets = folder.appendingPathComponent("site/assets")
        let index = try String(contentsOf: assets.appendingPathComponent("search-index.js"), encoding: .utf8)
        XCTAssertTrue(index.hasPrefix("window.weaveSearchIndex = [{\"t\":\"The Course\",\"u\":\"index.html\""))
        let b = try XCTUnwrap(index.range(of: "{\"t\":\"Note B\",\"u\":\"part/b.html\",\"x\":\"Back home.\"}"))
        let a = try XCTUnwrap(index.range(of: "{\"t\":\"Note A › Two and a half\",\"u\":\"a.html#two-and-a-half\",\"x\":\"Text.\"}"))
        let c = try XCTUnwrap(index.range(of: "{\"t\":\"Note C › 动量方法\",\"u\":\"c.html#动量方法\",\"x\":\"动量法 v_{t+1} and \\\\sum_i g_i Sums agree\"}"))
        XCTAssertLessThan(b.lowerBound, a.lowerBound)
        XCTAssertLessThan(a.lowerBound, c.lowerBound)
        let script = try String(contentsOf: assets.appendingPathComponent("search.js"), encoding: .utf8)
        XCTAssertTrue(script.contains("assets/search-index.js"))
        XCTAssertTrue(try XCTUnwrap(try build()["a.html"]).contains("<form class=\"search\" role=\"search\" data-root=\"\" data-none=\"No section matches.\" hidden>"))
    }

    func testEverySiteHasTheAPIReference() throws {
        try writeCourse()
        let pages = try build()
        let reference = try XCTUnwrap(pages["reference.html"])
        assert(reference, contains: [
            "<title>API reference · The Course</title>",
            "<li class=\"current\"><a href=\"reference.html\" aria-current=\"page\">API reference</a>",
            // Groups, types, members with Swift's spelling as anchors, signatures and doc comments.
            "<h2 id=\"linear-algebra\">Linear algebra<a class=\"anchor\"",
            "<h3 id=\"Vector\"><code>Vector</code><a class=\"anchor\" href=\"#Vector\"",
            "<h4 id=\"Vector.init(_:)\"><code>init(_:)</code><a class=\"anchor\"",
            "id=\"minimize(_:from:using:steps:schedule:tolerance:)\"",
            "<h3 id=\"Adam\"><code>Adam</code>",
            "torch.optim.Adam",
            "<h2 id=\"figures\">Figures<a",
            // Blocks cannot use LayerStatistics; they have `expect` and `contour`, which Optim does
            // not declare.
            "<h3 id=\"LayerStatistics\"><code>LayerStatistics</code>",
            "<h2 id=\"built-ins\">Built-ins of experiment blocks<a",
            "<h3 id=\"expect\"><code>expect</code>",
            "<h3 id=\"contour\"><code>contour</code>",
        ])
        let unavailable = try XCTUnwrap(reference.range(of: "<h3 id=\"LayerStatistics\">"))
        let next = try XCTUnwrap(reference.range(of: "<h4 ", range: unavailable.upperBound..<reference.endIndex))
        XCTAssertTrue(reference[unavailable.upperBound..<next.lowerBound].contains("Not available in experiment blocks."))
        // Blocks' own types may adopt `LineSearch` and `LeastSquaresObjective`, not `Classifier`.
        for (name, adoptable) in [("Classifier", false), ("LineSearch", true), ("LeastSquaresObjective", true)] {
            let heading = try XCTUnwrap(reference.range(of: "<h3 id=\"\(name)\">"))
            let member = try XCTUnwrap(reference.range(of: "<h4 ", range: heading.upperBound..<reference.endIndex))
            XCTAssertEqual(reference[heading.upperBound..<member.lowerBound].contains("their own types cannot adopt it"), !adoptable, name)
        }
        XCTAssertTrue(try XCTUnwrap(pages["index.html"]).contains("<a href=\"reference.html\">API reference</a>"))
        let index = try String(contentsOf: folder.appendingPathComponent("site/assets/search-index.js"), encoding: .utf8)
        XCTAssertTrue(index.contains("\"u\":\"reference.html#Vector.init(_:)\""))
        // Anchors are unique, and an operator's are spelled without characters a URL escapes.
        let ids = reference.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(ids.count, Set(ids).count)
        XCTAssertTrue(ids.allSatisfy { id in id.allSatisfy { $0.isLetter || $0.isNumber || "_.:()-".contains($0) } })

        // A note of the author's own at `reference.md` takes the page's place.
        try write("# My reference\n", "notes/reference.md")
        XCTAssertTrue(try XCTUnwrap(try build()["reference.html"]).contains("<h1 class=\"title\">My reference</h1>"))
    }

    func testPagesSpeakTheirLanguage() throws {
        try writeCourse()
        try write("---\ntitle: 动量\nlang: zh\n---\n## 一\n\n正文。\n\n## 二\n\n正文。\n", "notes/c.md")
        let pages = try build()
        let chinese = try XCTUnwrap(pages["c.html"])
        assert(chinese, contains: [
            "<html lang=\"zh\">",
            "<nav class=\"sidebar\" id=\"course\" aria-label=\"课程\">",
            "placeholder=\"搜索课程\"",
            "<span class=\"direction\">← 上一篇</span>",
            "<a href=\"#course\">全部笔记与搜索</a>",
            "由 weave 从 <code>c.md</code> 生成。",
        ])
        // The other pages, and the course's own, stay in English (the index has no `lang`).
        XCTAssertTrue(try XCTUnwrap(pages["a.html"]).contains("<span class=\"direction\">Next →</span>"))
        XCTAssertTrue(try XCTUnwrap(pages["index.html"]).contains("<h2 id=\"notes\">Notes</h2>"))
    }

    /// The course of ``writeCourse()`` with a Chinese translation in `notes/zh/`: its index links
    /// `z.md` (Chinese only), then `a.md` (a translation of `a.md`), then the English `part/b.md`.
    private func writeTranslatedCourse() throws {
        try writeCourse()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notes/zh"), withIntermediateDirectories: true)
        try write("---\ntitle: 课程\nlang: zh\n---\n先读[乙](z.md)，再读[甲](a.md)和[英文的 B](../part/b.md)。\n", "notes/zh/index.md")
        try write("---\ntitle: 笔记甲\nlang: zh\n---\n## 动量\n\n正文。\n", "notes/zh/a.md")
        try write("---\ntitle: 笔记乙\nlang: zh\n---\n正文。\n", "notes/zh/z.md")
    }

    func testATranslationFolderIsACourseOfItsOwn() throws {
        try writeTranslatedCourse()
        let pages = try build()
        let a = try XCTUnwrap(pages["zh/a.html"])
        assert(a, contains: [
            "<html lang=\"zh\">",
            "<title>笔记甲 · 课程</title>",
            "<p class=\"course-title\"><a href=\"../zh/index.html\">课程</a></p>",
            "<a href=\"../zh/z.html\">笔记乙</a>",
            "<a class=\"prev\" rel=\"prev\" href=\"../zh/z.html\">",
            "<nav class=\"crumbs\" aria-label=\"导航路径\"><a href=\"../zh/index.html\">课程</a>",
            // The course's own search, whose addresses start in `zh/`.
            "<form class=\"search\" role=\"search\" data-root=\"../zh/\"",
        ])
        // The Chinese order is the Chinese index's; English pages are not in the Chinese course.
        let zFirst = try XCTUnwrap(a.range(of: "笔记乙</a>"))
        XCTAssertLessThan(zFirst.lowerBound, try XCTUnwrap(a.range(of: "笔记甲</a>")).lowerBound)
        XCTAssertFalse(a.contains("Note B") || a.contains("Note C") || a.contains("The Course"))
        XCTAssertFalse(a.contains("rel=\"next\""), "the last Chinese note has no next page")
        // Nor are the Chinese pages in the English course.
        for page in ["index.html", "a.html", "c.html"] { XCTAssertFalse(try XCTUnwrap(pages[page]).contains("笔记"), page) }
        assert(try XCTUnwrap(pages["zh/index.html"]), contains: [
            "<h2 id=\"notes\">笔记</h2>", "<li><a href=\"../zh/z.html\">笔记乙</a></li>\n<li><a href=\"../zh/a.html\">笔记甲</a></li>",
            "<a href=\"../part/b.html\">英文的 B</a>",
        ])
        let site = folder.appendingPathComponent("site")
        let chinese = try String(contentsOf: site.appendingPathComponent("zh/assets/search-index.js"), encoding: .utf8)
        XCTAssertTrue(chinese.contains("{\"t\":\"笔记甲 › 动量\",\"u\":\"a.html#动量\",\"x\":\"正文。\"}"))
        XCTAssertFalse(chinese.contains("Note A"))
        XCTAssertFalse(try String(contentsOf: site.appendingPathComponent("assets/search-index.js"), encoding: .utf8).contains("笔记"))
    }

    func testTranslatedPagesLinkToEachOther() throws {
        try writeTranslatedCourse()
        let pages = try build()
        let english = try XCTUnwrap(pages["a.html"])
        assert(english, contains: [
            "<link rel=\"alternate\" hreflang=\"en\" href=\"a.html\">\n<link rel=\"alternate\" hreflang=\"zh\" href=\"zh/a.html\">\n"
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"a.html\">",
            "<nav class=\"languages\" aria-label=\"Languages\"><strong aria-current=\"page\"><span lang=\"en\">English</span></strong> · "
                + "<a href=\"zh/a.html\" hreflang=\"zh\"><span lang=\"zh\">中文</span></a></nav>",
        ])
        assert(try XCTUnwrap(pages["zh/a.html"]), contains: [
            "<link rel=\"alternate\" hreflang=\"en\" href=\"../a.html\">",
            "<nav class=\"languages\" aria-label=\"语言\"><a href=\"../a.html\" hreflang=\"en\"><span lang=\"en\">English</span></a> · "
                + "<strong aria-current=\"page\"><span lang=\"zh\">中文</span></strong></nav>",
        ])
        assert(try XCTUnwrap(pages["index.html"]), contains: ["<a href=\"zh/index.html\" hreflang=\"zh\">"])
        assert(try XCTUnwrap(pages["zh/index.html"]), contains: ["<a href=\"../index.html\" hreflang=\"en\">"])
        // A page in one language only has no switch and no alternates.
        for page in ["c.html", "part/b.html", "zh/z.html"] {
            let html = try XCTUnwrap(pages[page])
            XCTAssertFalse(html.contains("hreflang") || html.contains("class=\"languages\""), page)
        }
        // The sitemap lists the Chinese pages too, each translated page with its versions.
        _ = try build(baseURL: "https://example.org/course/")
        let sitemap = try String(contentsOf: folder.appendingPathComponent("site/sitemap.xml"), encoding: .utf8)
        let versions = "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/course/a.html\"/>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"zh\" href=\"https://example.org/course/zh/a.html\"/></url>"
        assert(sitemap, contains: [
            "<url><loc>https://example.org/course/a.html</loc>" + versions,
            "<url><loc>https://example.org/course/zh/a.html</loc>" + versions,
            "<url><loc>https://example.org/course/zh/z.html</loc></url>",
        ])
    }

    func testRebuildIsByteIdentical() throws {
        try writeCourse()
        let first = try build()
        let second = try build()
        XCTAssertEqual(first, second)
    }

    func testOnePageHasOneH1() throws {
        try write("---\ntitle: The title\n---\n# A different heading\n\nText.\n\n## Inside\n\n# Another part\n", "notes/index.md")
        let page = try XCTUnwrap(try build()["index.html"])
        XCTAssertEqual(page.components(separatedBy: "<h1").count - 1, 1)
        XCTAssertTrue(page.contains("<h1 class=\"title\">The title</h1>"))
        XCTAssertTrue(page.contains("<h2 id=\"a-different-heading\">"))
        XCTAssertTrue(page.contains("<h3 id=\"inside\">"))
        XCTAssertTrue(page.contains("<h2 id=\"another-part\">"))
        // The opening heading that is the title is shown once, as the title.
        try write("# The title\n\n## Part\n", "notes/index.md")
        let same = try XCTUnwrap(try build()["index.html"])
        XCTAssertEqual(same.components(separatedBy: "<h1").count - 1, 1)
        XCTAssertTrue(same.contains("<h2 id=\"part\">"))
    }

    func testFigureWithoutCaptionShowsNoBareNumber() {
        var options = WeaveOptions()
        options.typesetter = ClientSideTypesetter()
        let bare = Weaver.fragment("```swift\nbar([\"a\", \"b\"], [1.0, 2.0])\n```\n", options: options).html
        XCTAssertTrue(bare.contains("<figure class=\"plot\" id=\"figure-1\" aria-label=\"Figure 1\">"))
        XCTAssertFalse(bare.contains("<figcaption>"))
        XCTAssertFalse(bare.contains("class=\"lg\""), "one unlabelled series has no legend")
        let captioned = Weaver.fragment("```swift\nbar([\"a\"], [1.0], caption: \"Bars.\")\n```\n", options: options).html
        XCTAssertTrue(captioned.contains("<figcaption><span class=\"figure-number\">Figure 1.</span> Bars.</figcaption>"))
        XCTAssertFalse(captioned.contains("aria-label=\"Figure 1\""), "the caption names the figure")
    }
}
