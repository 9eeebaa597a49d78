/// Makes links between notes work on the built site: a relative link to `other.md` (with or without
/// a `#fragment`) points at `other.html`. Absolute URLs and other files are left alone.
enum NoteLinks {
    /// Rewrites the note-to-note links of `note`.
    static func apply(_ note: Note) -> Note {
        var note = note
        note.blocks.rewrite { block in Rewrite.inlines(block) { inlines, _ in inlines.rewritten(rewrite) } }
        return note
    }

    private static func rewrite(_ inline: Inline) -> Inline? {
        switch inline {
        case .link(let destination, let title, let content):
            let newTarget = target(destination)
            let newContent = content.rewritten(rewrite)
            guard newTarget != destination || newContent != nil else { return nil }
            return .link(destination: newTarget, title: title, content: newContent ?? content)
        case .emphasis(let c): return c.rewritten(rewrite).map(Inline.emphasis)
        case .strong(let c): return c.rewritten(rewrite).map(Inline.strong)
        default: return nil
        }
    }

    /// `a/b.md#x` → `a/b.html#x` for relative destinations.
    static func target(_ destination: String) -> String {
        guard !destination.contains(":"), !destination.hasPrefix("/") else { return destination }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasSuffix(".md") else { return destination }
        let html = path.dropLast(3) + ".html"
        return parts.count > 1 ? html + "#" + parts[1] : String(html)
    }
}
