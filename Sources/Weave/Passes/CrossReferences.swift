import Foundation

/// Resolves the references of the prose: `\ref{label}` (the number, or a section's title),
/// `\eqref{label}` (an equation's number in parentheses) and `\cref{label}` (the number with its
/// kind: "Figure 3", "Table 2", "Equation (4)", "Check 1", "Section “Momentum”"), each a link.
///
/// A label names a numbered equation (`\label{…}`), a block's figure, table or check card
/// (`id=…`), a captioned pipe table (`{#…}`) or a section (its heading's id). A label with a
/// `#` names something in another note: `\cref{sgd.md#race}`, the path relative to the note as in
/// a link. This pass resolves the note's own labels; ``resolve(_:in:)`` resolves the rest once
/// every note of the build has run. A label that names nothing is a warning at its line and column.
enum CrossReferences {
    /// Records the note's sections as targets and resolves the references to its own labels.
    static func apply(_ note: Note) -> Note {
        var note = note
        for block in note.blocks {
            _ = Rewrite.leaves(block) { leaf in
                if case .heading(_, let content, let id, _) = leaf, note.targets[id] == nil {
                    note.targets[id] = ReferenceTarget(kind: .section, number: nil, anchor: id, title: content.plainText)
                }
                return nil
            }
        }
        let targets = note.targets
        return resolve(note) { label in
            label.contains("#") ? .later : targets[label].map { .found($0, page: "") } ?? .unknown(nothingLabelled(label))
        }
    }

    /// The labels of every note of a build, to resolve references from one note to another.
    struct Course: Sendable {
        /// Each note's targets, by its standardized path.
        var targets: [String: [String: ReferenceTarget]]

        /// The course of `notes`.
        init(_ notes: [Note]) {
            targets = Dictionary(notes.map { (standardized($0.path), $0.targets) }) { first, _ in first }
        }
    }

    /// Resolves the references of `note` to other notes of `course`. A reference to a note that
    /// exists but is not part of the build links to its page and shows the label.
    static func resolve(_ note: Note, in course: Course) -> Note {
        let folder = (note.path as NSString).deletingLastPathComponent
        return resolve(note) { label in
            guard let hash = label.firstIndex(of: "#") else { return .unknown(nothingLabelled(label)) }
            let file = String(label[..<hash])
            let name = String(label[label.index(after: hash)...])
            let path = folder.isEmpty ? file : folder + "/" + file
            let page = NoteLinks.target(file)
            guard let targets = course.targets[standardized(path)] else {
                return file.hasSuffix(".md") && FileManager.default.fileExists(atPath: path)
                    ? .found(ReferenceTarget(kind: .section, number: nil, anchor: name, title: label), page: page)
                    : .unknown("no note '\(file)' for '\(label)' (name a note by its path from this note's folder)")
            }
            return targets[name].map { .found($0, page: page) } ?? .unknown("\(file) has " + nothingLabelled(name))
        }
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// What a label names.
    private enum Lookup {
        /// A target, on the page `page` (empty for this page).
        case found(ReferenceTarget, page: String)
        /// A label for a later step (another note's).
        case later
        /// Nothing, for the reason given.
        case unknown(String)
    }

    private static func nothingLabelled(_ label: String) -> String {
        "no equation, figure, table, check or section labelled '\(label)'"
    }

    /// The commands resolved here.
    private static let commands: Set<String> = ["ref", "eqref", "cref"]

    private static func resolve(_ note: Note, lookup: (String) -> Lookup) -> Note {
        var note = note
        let words = PageWords(lang: note.meta.lang)
        var unknown: [(block: SourceLocation, command: String, label: String, reason: String)] = []
        note.blocks.rewrite { block in
            Rewrite.inlines(block) { inlines, location in
                InlineText.replace(in: inlines) { text in
                    TeXCommands.find(commands, in: text).compactMap { m -> (Range<Int>, [Inline])? in
                        switch lookup(m.argument) {
                        case .later:
                            return nil
                        case .unknown(let reason):
                            unknown.append((location, m.command, m.argument, reason))
                            return (m.range, [.reference(label: m.argument, text: nil, href: "#" + EquationNumbering.anchor(m.argument))])
                        case .found(let target, let page):
                            let shown = words.reference(target, command: m.command)
                            return (m.range, [.reference(label: m.argument, text: shown, href: page + "#" + target.anchor)])
                        }
                    }
                }
            }
        }
        for (n, reference) in unknown.enumerated() {
            let skip = unknown[..<n].count { $0.block == reference.block && $0.command == reference.command && $0.label == reference.label }
            let location = note.site(after: reference.block, skip: skip) { $0.command == reference.command && $0.argument == reference.label }
            note.diagnose(.warning, reference.reason, at: location)
        }
        return note
    }
}

/// Finds constructs in the plain text of a sequence of inlines, where CommonMark may have cut the
/// text into several pieces (at `[` or `\`), and replaces them.
enum InlineText {
    /// `inlines` with adjacent text joined wherever `find` (given the joined text) reports byte
    /// ranges to replace, and those ranges replaced; `nil` when `find` reports none.
    static func replace(in inlines: [Inline], _ find: (String) -> [(Range<Int>, [Inline])]) -> [Inline]? {
        guard inlines.contains(where: { if case .text = $0 { true } else { false } }) else { return nil }
        var out: [Inline] = []
        var changed = false
        var index = 0
        while index < inlines.count {
            guard case .text = inlines[index] else {
                out.append(inlines[index])
                index += 1
                continue
            }
            var run = ""
            while index < inlines.count, case .text(let piece) = inlines[index] {
                run += piece
                index += 1
            }
            let found = find(run)
            guard !found.isEmpty else {
                out.append(.text(run))
                continue
            }
            changed = true
            let bytes = Array(run.utf8)
            var last = 0
            for (range, replacement) in found {
                if range.lowerBound > last { out.append(.text(String(decoding: bytes[last..<range.lowerBound], as: UTF8.self))) }
                out += replacement
                last = range.upperBound
            }
            if last < bytes.count { out.append(.text(String(decoding: bytes[last...], as: UTF8.self))) }
        }
        return changed ? out : nil
    }
}
