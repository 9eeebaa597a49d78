import Foundation

/// Resolves citations, `\cite{key}` (`\cite{a,b}` for several) and `[@key]` (`[@a; @b]`), against
/// a ``Bibliography``: works are numbered in the order the note first cites them, a citation
/// becomes "[1]" or "[1, 2]" with each number linked to its entry, and the note ends with a
/// "References" section listing the cited works. A key the bibliography lacks (or a citation
/// without one) is a warning at its line and column, shown as "[?]".
enum Citations {
    /// Resolves the citations of `note`.
    static func apply(_ note: Note, bibliography: Bibliography?) -> Note {
        var note = note
        var numbers: [String: Int] = [:]
        var cited: [BibEntry] = []
        var unknown: [(block: SourceLocation, key: String)] = []
        note.blocks.rewrite { block in
            Rewrite.inlines(block) { inlines, location in
                InlineText.replace(in: inlines) { text in
                    citations(in: text).map { range, keys in
                        var out: [Inline] = [.text("[")]
                        for (n, key) in keys.enumerated() {
                            if n > 0 { out.append(.text(", ")) }
                            guard let entry = bibliography?.entries[key] else {
                                unknown.append((location, key))
                                out.append(.reference(label: key, text: nil, href: "#references"))
                                continue
                            }
                            if numbers[key] == nil {
                                cited.append(entry)
                                numbers[key] = cited.count
                            }
                            out.append(.reference(label: key, text: "\(numbers[key]!)", href: "#" + anchor(key)))
                        }
                        return (range, out + [.text("]")])
                    }
                }
            }
        }
        for (n, citation) in unknown.enumerated() {
            let skip = unknown[..<n].count { $0 == citation }
            let location = note.site(after: citation.block, skip: skip) { keys(of: $0).contains(citation.key) }
            let why = bibliography == nil ? "there is no references.bib beside the note or above it" : "it is not in the bibliography"
            note.diagnose(.warning, "unknown citation key '\(citation.key)': \(why)", at: location)
        }
        guard !cited.isEmpty else { return note }
        let words = PageWords(lang: note.meta.lang)
        let end = SourceLocation(line: Int.max, column: 1)
        var used = Set<String>()
        for block in note.blocks { _ = Rewrite.leaves(block) { if case .heading(_, _, let id, _) = $0 { used.insert(id) }; return nil } }
        var id = "references"
        var k = 0
        while used.contains(id) {
            k += 1
            id = "references-\(k)"
        }
        note.blocks.append(.heading(level: 2, content: [.text(words.references)], id: id, end))
        let items = cited.map { [Block.paragraph(reference($0), end)] }
        note.blocks.append(.list(List(ordered: true, start: 1, tight: true, items: items, ids: cited.map { anchor($0.key) })))
        return note
    }

    /// The anchor of a work's entry in the list.
    private static func anchor(_ key: String) -> String {
        "cite-" + EquationNumbering.anchor(key)
    }

    /// The citations in `text`: their byte ranges and keys.
    static func citations(in text: String) -> [(Range<Int>, [String])] {
        var found = TeXCommands.find(["cite"], in: text).map { ($0.range, keys(cite: $0.argument)) }.filter { !$0.1.isEmpty }
        guard text.utf8.contains(UInt8(ascii: "@")) else { return found }
        let bytes = Array(text.utf8)
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "@"), let close = bytes[i...].firstIndex(of: UInt8(ascii: "]")) else {
                i += 1
                continue
            }
            let inside = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            if let keys = keys(bracketed: inside) { found.append((i..<(close + 1), keys)) }
            i = close + 1
        }
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// The keys of `\cite{a, b}`.
    private static func keys(cite argument: String) -> [String] {
        argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The keys of `[@a; @b]` (inside the brackets), or `nil` when a part is not `@key`.
    private static func keys(bracketed inside: String) -> [String]? {
        var keys: [String] = []
        for part in inside.split(separator: ";") {
            let part = part.trimmingCharacters(in: .whitespaces)
            guard part.hasPrefix("@"), part.count > 1 else { return nil }
            let key = part.dropFirst()
            guard key.allSatisfy({ $0.isLetter || $0.isNumber || "_-:.+/".contains($0) }) else { return nil }
            keys.append(String(key))
        }
        return keys.isEmpty ? nil : keys
    }

    /// The keys a recorded site cites (none for a site that is no citation).
    private static func keys(of site: ReferenceSite) -> [String] {
        switch site.command {
        case "cite": keys(cite: site.argument)
        case "@": keys(bracketed: String(site.argument)) ?? []
        default: []
        }
    }

    /// A work as it is listed: authors, year, title, where it appeared, and a link.
    static func reference(_ entry: BibEntry) -> [Inline] {
        let f = entry.fields
        var out: [Inline] = []
        if let authors = f["author"] ?? f["editor"] { out.append(.text(names(authors) + " ")) }
        if let year = f["year"] { out.append(.text("(\(year)). ")) }
        if let title = f["title"] { out.append(.text(title.hasSuffix("?") || title.hasSuffix(".") ? title + " " : title + ". ")) }
        if let venue = f["journal"] ?? f["booktitle"] ?? f["publisher"] ?? f["howpublished"] {
            out.append(.emphasis([.text(venue)]))
            var details = ""
            if let volume = f["volume"] { details += ", " + volume + (f["number"].map { "(\($0))" } ?? "") }
            if let pages = f["pages"] { details += ", " + pages }
            if f["journal"] == nil, f["booktitle"] == nil, let edition = f["edition"] { details += ", \(edition) edition" }
            out.append(.text(details + ". "))
        }
        if let doi = f["doi"] {
            out.append(.link(destination: "https://doi.org/" + doi, title: "", content: [.text("doi:" + doi)]))
        } else if let url = f["url"] {
            out.append(.link(destination: url, title: "", content: [.text(url)]))
        }
        if case .text(let last) = out.last, last.hasSuffix(" ") { out[out.count - 1] = .text(String(last.dropLast())) }
        return out
    }

    /// `Last, First and Other, Name` as "First Last and Name Other"; `others` is "et al.".
    private static func names(_ authors: String) -> String {
        let list = authors.components(separatedBy: " and ").map { name -> String in
            let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? parts[1] + " " + parts[0] : name.trimmingCharacters(in: .whitespaces)
        }
        if list.last == "others" { return list.dropLast().joined(separator: ", ") + " et al." }
        switch list.count {
        case 1: return list[0]
        case 2: return list[0] + " and " + list[1]
        default: return list.dropLast().joined(separator: ", ") + ", and " + list.last!
        }
    }
}
