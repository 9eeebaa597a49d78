import Foundation

/// The course's offline search: every section of every page (its page and heading, its prose,
/// the TeX of its formulas and the titles of its checks) in one static file,
/// `assets/search-index.js` (a translated course has its own in its folder, `zh/assets/…`), which
/// `assets/search.js` loads when the search box is first used. A
/// script file rather than JSON, so that search works from `file://` too, where pages may not
/// fetch files. The index is the sections' text; the script matches a query's words (and, in
/// Chinese, Japanese and Korean text, its overlapping character pairs) against it.
enum SearchIndex {
    /// One searchable section.
    struct Entry: Encodable, Equatable {
        /// The section's address from the site root (`sgd.html#momentum`).
        var u: String
        /// "Page title › Section heading", or the page title for the text before the first heading.
        var t: String
        /// The section's text.
        var x: String
    }

    /// The entries of the pages of `course` (`notes[output]` is the note built into each page),
    /// their addresses from the course's folder.
    static func entries(_ course: Course, notes: [String: Note]) -> [Entry] {
        var entries: [Entry] = []
        for member in course.members {
            guard let note = notes[member.output] else { continue }
            let page = String(member.output.dropFirst(course.folder.count))
            var current = Entry(u: page, t: member.title, x: "")
            for block in Page.bodyBlocks(note) {
                if case .heading(_, let content, let id, _) = block {
                    entries.append(current)
                    current = Entry(u: page + "#" + id, t: member.title + " › " + content.plainText, x: "")
                    continue
                }
                append(block, to: &current.x)
            }
            entries.append(current)
        }
        return entries
    }

    /// `assets/search-index.js` for `entries`: deterministic (keys sorted, entries in course order).
    static func script(_ entries: [Entry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return "window.weaveSearchIndex = " + json + ";\n"
    }

    /// Adds the searchable text of `block` to `text`, one space between pieces.
    private static func append(_ block: Block, to text: inout String) {
        func add(_ piece: String) {
            guard !piece.isEmpty else { return }
            if !text.isEmpty { text += " " }
            text += piece
        }
        switch block {
        case .paragraph(let inlines, _), .heading(_, let inlines, _, _): add(inlines.plainText)
        case .blockQuote(let children): children.forEach { append($0, to: &text) }
        case .list(let list): list.items.joined().forEach { append($0, to: &text) }
        case .displayMath(let math): add(math.tex)
        case .table(let table): (table.header + table.rows.joined()).forEach { add($0.plainText) }
        case .experiment(let experiment): if experiment.mode == .check { add(experiment.title ?? "") }
        case .code, .html, .thematicBreak: break
        }
    }
}
