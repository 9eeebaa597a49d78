/// Makes links between notes work on the built site: a relative link to `other.md` (with or without
/// a `#fragment`) points at `other.html`. Absolute URLs and other files are left alone.
enum NoteLinks {
    /// Rewrites the note-to-note links of `note`; blocks are independent, so a long note is split
    /// between cores.
    static func apply(_ note: Note) -> Note {
        var note = note
        let (blocks, _) = Rewrite.inChunks(note.blocks, minimum: LargeStack.parallelBlocks) { _, blocks in
            (blocks.rewritten { block in Rewrite.inlines(block) { inlines, _ in inlines.rewritten(rewrite) } }, ())
        }
        if let blocks { note.blocks = blocks }
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
        let bytes = destination.utf8
        guard bytes.first != UInt8(ascii: "/"), !bytes.contains(UInt8(ascii: ":")) else { return destination }
        let path = destination[..<(bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex)]
        guard path.hasSuffix(".md") else { return destination }
        return String(path.dropLast(3)) + ".html" + destination[path.endIndex...]
    }
}
