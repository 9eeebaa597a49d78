/// The course a folder build makes: its title and its pages in reading order, from which every
/// page gets its sidebar (with the search box) and its previous and next links, and the site its
/// index list, `404.html` and `sitemap.xml`.
///
/// The reading order is the order in which `index.md` first links to each note; notes it does not
/// link to follow in path order. Without an `index.md` the order is the notes' path order and the
/// course is called "Course notes".
///
/// A folder whose own `index.md` has another language (`lang: zh` below an index without `lang`,
/// which is English) holds a translation of the course: its pages form a course of their own, with
/// their own order (from that `index.md`), sidebar, search and previous and next links, and a page
/// there is the translation of the page at the same path inside the main course's folder.
struct Course: Sendable {
    /// One page of the course.
    struct Member: Sendable {
        /// The page's path inside the output folder.
        var output: String
        /// The note's title.
        var title: String
        /// The note's description or subtitle, for the index list.
        var description: String?
    }

    /// One language's version of a page.
    struct Translation: Sendable, Equatable {
        /// The version's language (`hreflang`).
        var lang: String
        /// The version's path inside the output folder.
        var output: String
    }

    /// The folder of the course's pages inside the output folder: empty for the main course,
    /// `zh/` for a translation in `zh/`.
    var folder: String
    /// The course title: the index note's title.
    var title: String
    /// The language of the course's own pages (the generated index, `404.html`): the index note's `lang`.
    var lang: String?
    /// The words of the course's own pages.
    var words: PageWords { PageWords(lang: lang) }
    /// The index page first, then the notes in reading order.
    var members: [Member]

    /// The page of the main course's index.
    static let indexOutput = "index.html"

    /// The page of this course's index.
    var index: String { folder + Self.indexOutput }

    /// The main course of a folder build's notes (`entries[i]` built `notes[i]`), then one course
    /// for each folder that holds a translation; entries outside the site are left out.
    static func editions(entries: [Inputs.Entry], notes: [Note]) -> [Course] {
        let site = zip(entries, notes).filter { $0.0.inSite }
        let mainLanguage = PageWords.primaryLanguage(site.first { $0.0.output == indexOutput }?.1.meta.lang)
        // Longest first, so that a page belongs to the innermost translation folder around it.
        let folders = site.compactMap { entry, note -> String? in
            guard entry.output.hasSuffix("/" + indexOutput), PageWords.primaryLanguage(note.meta.lang) != mainLanguage else { return nil }
            return String(entry.output.dropLast(indexOutput.count))
        }.sorted { ($0.count, $0) > ($1.count, $1) }
        var pages: [String: [(Inputs.Entry, Note)]] = [:]
        for page in site {
            pages[folders.first { page.0.output.hasPrefix($0) } ?? "", default: []].append(page)
        }
        return ([""] + folders.reversed()).map { Course(folder: $0, pages: pages[$0] ?? []) }
    }

    /// The course in `folder` of `pages`, which lie in it.
    private init(folder: String, pages: [(Inputs.Entry, Note)]) {
        self.folder = folder
        let index = pages.first { $0.0.output == folder + Self.indexOutput }?.1
        lang = index?.meta.lang
        title = index?.title ?? PageWords(lang: lang).courseNotes
        var rank: [String: Int] = [:]
        if let index {
            _ = Rewrite.containsInline(in: index.blocks[...]) { inline in
                if case .link(let destination, _, _) = inline, let output = Self.sitePath(destination, from: folder), rank[output] == nil {
                    rank[output] = rank.count
                }
                return false
            }
        }
        let notes = pages.filter { $0.0.output != folder + Self.indexOutput }.enumerated().sorted { a, b in
            (rank[a.element.0.output] ?? Int.max, a.offset) < (rank[b.element.0.output] ?? Int.max, b.offset)
        }
        members = [Member(output: folder + Self.indexOutput, title: title, description: nil)]
            + notes.map { Member(output: $0.element.0.output, title: $0.element.1.title, description: $0.element.1.meta.description ?? $0.element.1.meta.subtitle) }
    }

    /// Whether the page at `output` is one of this course's.
    func contains(_ output: String) -> Bool {
        members.contains { $0.output == output }
    }

    /// The versions of the page at `output` in every course of `editions` that has one, main
    /// course first; empty when the page has no translation.
    static func translations(of output: String, in editions: [Course]) -> [Translation] {
        guard let own = editions.first(where: { $0.contains(output) }) else { return [] }
        let path = output.dropFirst(own.folder.count)
        let versions = editions.filter { $0.contains($0.folder + path) }.map { Translation(lang: $0.lang ?? "en", output: $0.folder + path) }
        return versions.count > 1 ? versions : []
    }

    /// The page a link from the index page in `folder` points at (`a/b.html#x` → `folder/a/b.html`),
    /// or `nil` for absolute URLs and links outside the site.
    private static func sitePath(_ destination: String, from folder: String) -> String? {
        guard !destination.hasPrefix("/"), !destination.contains(":") else { return nil }
        var path = Substring(folder + destination)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The search index of the course's pages, whose addresses are relative to the course's folder.
    var searchIndexOutput: String { folder + "assets/search-index.js" }

    /// The sidebar of the page at `output` (`root` leads from it to the site root): the course
    /// title, the search box (which searches this course's pages), then every note, the current
    /// one expanded to `sections`.
    func sidebar(for output: String, root: String, sections: String, words: PageWords) -> String {
        var out = "<nav class=\"sidebar\" id=\"course\" aria-label=\"\(words.course)\">\n<p class=\"course-title\">"
        out += link(members[0], root: root, current: output)
        out += "</p>\n"
        // Shown by `assets/search.js`: without JavaScript there is no search.
        out += "<form class=\"search\" role=\"search\" data-root=\"\(HTML.escape(root + folder))\" data-none=\"\(words.noMatch)\" hidden>"
        out += "<input type=\"search\" placeholder=\"\(words.searchCourse)\" aria-label=\"\(words.searchCourse)\" autocomplete=\"off\">"
        out += "<ol class=\"search-results\" aria-live=\"polite\"></ol></form>\n"
        if output == members[0].output { out += sections }
        out += "<ol class=\"course-notes\">\n"
        for member in members.dropFirst() {
            let current = member.output == output
            out += current ? "<li class=\"current\">" : "<li>"
            out += link(member, root: root, current: output)
            if current { out += "\n" + sections }
            out += "</li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    /// The previous and next links of the page at `output`, empty for a page outside the course.
    func pager(for output: String, root: String, words: PageWords) -> String {
        guard let at = members.firstIndex(where: { $0.output == output }) else { return "" }
        var out = "<nav class=\"pager\" aria-label=\"\(words.previousAndNext)\">\n"
        if at > 0 {
            out += "<a class=\"prev\" rel=\"prev\" href=\"\(root)\(HTML.pathURL(members[at - 1].output))\"><span class=\"direction\">\(words.previous)</span>"
            out += "<span class=\"pager-title\">\(HTML.escape(members[at - 1].title))</span></a>\n"
        }
        if at + 1 < members.count {
            out += "<a class=\"next\" rel=\"next\" href=\"\(root)\(HTML.pathURL(members[at + 1].output))\"><span class=\"direction\">\(words.next)</span>"
            out += "<span class=\"pager-title\">\(HTML.escape(members[at + 1].title))</span></a>\n"
        }
        return out + "</nav>\n"
    }

    /// The list of notes in reading order that the index page ends with, linked from `root`.
    func noteList(root: String) -> String {
        var list = "<h2 id=\"notes\">\(words.notes)</h2>\n<ol class=\"note-list\">\n"
        for member in members.dropFirst() {
            list += "<li><a href=\"\(root)\(HTML.pathURL(member.output))\">\(HTML.escape(member.title))</a>"
            if let d = member.description { list += "<span class=\"desc\">\(HTML.escape(d))</span>" }
            list += "</li>\n"
        }
        return list + "</ol>\n"
    }

    /// `sitemap.xml`: every page of every course of `editions`, each course's index first, a
    /// translated page with its versions (`xhtml:link` alternates, as search engines read them). The
    /// sitemap protocol wants absolute URLs, so the file is made only when the site's `baseURL` is known.
    static func sitemap(_ editions: [Course], baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for member in editions.flatMap(\.members) {
            out += "<url><loc>\(HTML.escape(base + HTML.pathURL(member.output)))</loc>"
            for version in translations(of: member.output, in: editions) {
                out += "<xhtml:link rel=\"alternate\" hreflang=\"\(HTML.escape(version.lang))\" href=\"\(HTML.escape(base + HTML.pathURL(version.output)))\"/>"
            }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    private func link(_ member: Member, root: String, current: String) -> String {
        let here = member.output == current ? " aria-current=\"page\"" : ""
        return "<a href=\"\(root)\(HTML.pathURL(member.output))\"\(here)>\(HTML.escape(member.title))</a>"
    }
}
