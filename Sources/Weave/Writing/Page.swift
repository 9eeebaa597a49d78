/// A note rendered for its page: everything the page needs that depends on the note's typeset
/// formulas, made where the note is built; ``Page`` puts it in the document.
struct PageContent: Sendable {
    /// The note after all passes (for its title and front matter).
    var note: Note
    /// The title as HTML: the opening level-1 heading's markup when the body starts with it
    /// (``Page/bodyBlocks(_:)`` then leaves it out), else the plain title.
    var titleHTML: String
    /// The body HTML from ``HTMLWriter``.
    var body: String
    /// The note's level-2 and level-3 headings as a nested list, empty when there are fewer than two.
    var sections: String

    /// Renders `note` with `writer`.
    init(note: Note, writer: HTMLWriter) {
        self.note = note
        titleHTML = Page.openingHeading(note).map(writer.render) ?? HTML.escape(note.title)
        let blocks = Page.bodyBlocks(note)
        body = writer.render(blocks)
        sections = Self.sectionList(blocks, writer: writer)
    }

    /// Level-2 and level-3 headings of `blocks` as a nested list; empty when there are fewer than two.
    private static func sectionList(_ blocks: [Block], writer: HTMLWriter) -> String {
        var entries: [(level: Int, id: String, html: String)] = []
        for case let .heading(level, content, id, _) in blocks where level == 2 || level == 3 {
            entries.append((level, id, writer.render(content)))
        }
        guard entries.count >= 2 else { return "" }
        var out = "<ul class=\"sections\">\n"
        var open = false
        for (n, e) in entries.enumerated() {
            if e.level == 3 && !open && n > 0 {
                out += "<ul>\n"
                open = true
            } else if e.level == 2 && open {
                out += "</li>\n</ul></li>\n"
                open = false
            } else if n > 0 {
                out += "</li>\n"
            }
            out += "<li><a href=\"#\(HTML.escape(e.id))\">\(e.html)</a>"
        }
        out += open ? "</li></ul></li>\n" : "</li>\n"
        return out + "</ul>\n"
    }
}

/// The HTML document around a note's body: head, navigation (the course sidebar and previous and
/// next links in a folder build, the note's contents otherwise), title block and footer.
struct Page {
    /// The rendered note.
    let content: PageContent
    /// The page's path inside the output folder.
    let output: String
    /// Path from the page to the site root (`""`, `"../"`, …, or the site's URL).
    let root: String
    /// The typesetter's head and body-end markup.
    let support: (head: String, bodyEnd: String)
    /// The course the page belongs to, in a folder build.
    let course: Course?
    /// The page's versions in the site's languages (this one among them), empty when it has no translation.
    var translations: [Course.Translation] = []

    /// The complete document.
    var html: String {
        let note = content.note
        let meta = note.meta
        let lang = HTML.escape(meta.lang ?? course?.lang ?? "en")
        let words = PageWords(lang: meta.lang ?? course?.lang)
        var out = "<!DOCTYPE html>\n<html lang=\"\(lang)\">\n<head>\n<meta charset=\"utf-8\">\n"
        let navigation = course.map { $0.sidebar(for: output, root: root, sections: content.sections, words: words) }
            ?? (content.sections.isEmpty
                ? "" : "<nav class=\"toc\" aria-label=\"\(words.contents)\">\n<p class=\"toc-title\">\(words.contents)</p>\n\(content.sections)</nav>\n")
        // The body is most of the page: room for it and the navigation, so that the page is not
        // copied as it grows.
        out.reserveCapacity(content.body.utf8.count + navigation.utf8.count + 4096)
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"weave\">\n"
        let pageTitle = course.map { output == $0.index ? $0.title : "\(note.title) · \($0.title)" } ?? note.title
        out += "<title>\(HTML.escape(pageTitle))</title>\n"
        if let d = meta.description { out += "<meta name=\"description\" content=\"\(HTML.escape(d))\">\n" }
        if let a = meta.author { out += "<meta name=\"author\" content=\"\(HTML.escape(a))\">\n" }
        out += "<link rel=\"stylesheet\" href=\"\(root)assets/weave.css\">\n"
        for version in translations {
            out += "<link rel=\"alternate\" hreflang=\"\(HTML.escape(version.lang))\" href=\"\(root)\(HTML.pathURL(version.output))\">\n"
        }
        // The main course's version is the one for readers of any other language.
        if let main = translations.first {
            out += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(root)\(HTML.pathURL(main.output))\">\n"
        }
        if course != nil { out += "<script src=\"\(root)assets/search.js\" defer></script>\n" }
        out += support.head + "\n</head>\n<body>\n"
        out += "<div class=\"layout\(course == nil ? "" : " course")\">\n"
        out += navigation
        out += "<main>\n<article>\n<header class=\"title-block\">\n"
        out += languageSwitch(words: words)
        if let course, output != course.index {
            out += "<nav class=\"crumbs\" aria-label=\"\(words.breadcrumb)\"><a href=\"\(root)\(HTML.pathURL(course.index))\">\(HTML.escape(course.title))</a>"
            out += " · <a href=\"#course\">\(words.allNotesAndSearch)</a></nav>\n"
        }
        out += "<h1 class=\"title\">\(content.titleHTML)</h1>\n"
        if let s = meta.subtitle { out += "<p class=\"subtitle\">\(HTML.escape(s))</p>\n" }
        let byline = [meta.author, meta.date].compactMap { $0 }
        if !byline.isEmpty { out += "<p class=\"byline\">\(byline.map(HTML.escape).joined(separator: " · "))</p>\n" }
        out += "</header>\n"
        out += content.body
        out += "</article>\n"
        if let course { out += course.pager(for: output, root: root, words: words) }
        out += "</main>\n</div>\n"
        // A page weave makes without a note (a generated index, `404.html`) has an empty path.
        let source = note.path.split(separator: "/").last.map { "<code>\(HTML.escape(String($0)))</code>" }
        out += "<footer class=\"page-footer\">\(words.wovenBy(source))</footer>\n"
        if !support.bodyEnd.isEmpty { out += support.bodyEnd + "\n" }
        return out + "</body>\n</html>\n"
    }

    /// The links to the page's other languages, each named in its own language, with this one's
    /// name unlinked; empty without translations.
    private func languageSwitch(words: PageWords) -> String {
        guard !translations.isEmpty else { return "" }
        let versions = translations.map { version in
            let name = "<span lang=\"\(HTML.escape(version.lang))\">\(HTML.escape(PageWords.autonym(version.lang)))</span>"
            return version.output == output
                ? "<strong aria-current=\"page\">\(name)</strong>"
                : "<a href=\"\(root)\(HTML.pathURL(version.output))\" hreflang=\"\(HTML.escape(version.lang))\">\(name)</a>"
        }
        return "<nav class=\"languages\" aria-label=\"\(words.languages)\">\(versions.joined(separator: " · "))</nav>\n"
    }

    /// The content of the level-1 heading that opens the note and is its title, if there is one.
    static func openingHeading(_ note: Note) -> [Inline]? {
        for block in note.blocks {
            if case .heading(1, let content, _, _) = block {
                return note.meta.title == nil || content.plainText == note.meta.title ? content : nil
            }
            if case .html = block { continue }
            return nil
        }
        return nil
    }

    /// The blocks of the body: all of them, less the opening title heading shown in the header.
    /// The title is the page's one `<h1>`: when the body still has level-1 headings (a front-matter
    /// title and a different first `#` heading), every heading moves down one level (to at most 6).
    static func bodyBlocks(_ note: Note) -> [Block] {
        var blocks = note.blocks
        if openingHeading(note) != nil, let index = blocks.firstIndex(where: { level(of: $0) == 1 }) {
            blocks.remove(at: index)
        }
        var sectionH1 = false
        for block in blocks where !sectionH1 {
            _ = Rewrite.leaves(block) { leaf in
                if level(of: leaf) == 1 { sectionH1 = true }
                return nil
            }
        }
        guard sectionH1 else { return blocks }
        blocks.rewrite { block in
            Rewrite.leaves(block) { leaf in
                guard case .heading(let level, let content, let id, let location) = leaf else { return nil }
                return .heading(level: min(level + 1, 6), content: content, id: id, location)
            }
        }
        return blocks
    }

    /// A heading's level, `nil` for other blocks.
    private static func level(of block: Block) -> Int? {
        if case .heading(let level, _, _, _) = block { return level }
        return nil
    }
}
