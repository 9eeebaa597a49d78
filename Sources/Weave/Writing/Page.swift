/// The HTML document around a note's body: head, title block, table of contents and footer.
struct Page {
    /// The note being written (after all passes).
    let note: Note
    /// The body HTML from ``HTMLWriter``.
    let body: String
    /// Relative path from the page to the site root (`""`, `"../"`, …).
    let root: String
    /// The typesetter's head and body-end markup.
    let support: (head: String, bodyEnd: String)
    /// Link back to the course index, when the page is part of a site.
    let indexLink: Bool
    /// Writes inline HTML for headings in the table of contents.
    let writer: HTMLWriter

    /// The complete document.
    var html: String {
        let meta = note.meta
        let lang = HTML.escape(meta.lang ?? "en")
        var out = "<!DOCTYPE html>\n<html lang=\"\(lang)\">\n<head>\n<meta charset=\"utf-8\">\n"
        // The body is most of the page: room for it and the table of contents, so that the page is
        // not copied as it grows.
        let contents = tableOfContents
        out.reserveCapacity(body.utf8.count + contents.utf8.count + 4096)
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"weave\">\n"
        out += "<title>\(HTML.escape(note.title))</title>\n"
        if let d = meta.description { out += "<meta name=\"description\" content=\"\(HTML.escape(d))\">\n" }
        if let a = meta.author { out += "<meta name=\"author\" content=\"\(HTML.escape(a))\">\n" }
        out += "<link rel=\"stylesheet\" href=\"\(root)assets/weave.css\">\n"
        out += support.head + "\n</head>\n<body>\n"
        out += "<div class=\"layout\">\n"
        out += contents
        out += "<main>\n<article>\n<header class=\"title-block\">\n"
        if indexLink { out += "<nav class=\"crumbs\"><a href=\"\(root)index.html\">Course index</a></nav>\n" }
        out += "<h1 class=\"title\">\(titleHTML)</h1>\n"
        if let s = meta.subtitle { out += "<p class=\"subtitle\">\(HTML.escape(s))</p>\n" }
        let byline = [meta.author, meta.date].compactMap { $0 }
        if !byline.isEmpty { out += "<p class=\"byline\">\(byline.map(HTML.escape).joined(separator: " · "))</p>\n" }
        out += "</header>\n"
        out += body
        out += "</article>\n</main>\n</div>\n"
        out += "<footer class=\"page-footer\">Woven by weave from <code>\(HTML.escape(sourceName))</code>.</footer>\n"
        if !support.bodyEnd.isEmpty { out += support.bodyEnd + "\n" }
        return out + "</body>\n</html>\n"
    }

    private var sourceName: String {
        note.path.split(separator: "/").last.map(String.init) ?? note.path
    }

    /// The title as HTML: the opening level-1 heading's markup when the body starts with it
    /// (``Page/bodyBlocks(_:)`` then leaves it out), else the plain title.
    private var titleHTML: String {
        if let heading = Self.openingHeading(note) { return writer.render(heading) }
        return HTML.escape(note.title)
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
    static func bodyBlocks(_ note: Note) -> [Block] {
        guard openingHeading(note) != nil, let index = note.blocks.firstIndex(where: {
            if case .heading(1, _, _, _) = $0 { return true }
            return false
        }) else { return note.blocks }
        var blocks = note.blocks
        blocks.remove(at: index)
        return blocks
    }

    /// Level-2 and level-3 headings as a nested list; empty when there are fewer than two.
    private var tableOfContents: String {
        var entries: [(level: Int, id: String, html: String)] = []
        for case let .heading(level, content, id, _) in note.blocks where level == 2 || level == 3 {
            entries.append((level, id, writer.render(content)))
        }
        guard entries.count >= 2 else { return "" }
        var out = "<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ul>\n"
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
        return out + "</ul>\n</nav>\n"
    }
}
