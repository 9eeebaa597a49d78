/// Where a long note's Markdown can be cut so that its pieces, parsed one per core, give exactly
/// the blocks that the whole text gives.
///
/// A cut goes before an ATX heading (one to six `#` followed by a blank or the end of the line)
/// that starts in the line's first column right after a blank line. There every paragraph has
/// ended, a line in the first column that is not `>` has closed every block quote and list item
/// (there is no lazy continuation after a blank line), and a heading cannot extend a list. Three
/// things reach across blank lines, and are handled so:
/// - Fenced code blocks: fences are followed and a cut never falls inside one. Only a text whose
///   every ```` ``` ```` or `~~~` opens its line is cut, so every fence is in the first column, where
///   it belongs to no container, and fences are followed exactly. A fence-like line in what may
///   be a raw HTML block (which ends at a blank line and holds such a line as text) makes the text
///   uncut.
/// - Raw HTML blocks that end at a marker rather than at a blank line (`<!--`, `<?`, `<!X`,
///   `<![CDATA[`, `<script`, `<pre`, `<style`, `<textarea`): a text holding any `<!`, `<?` or one of
///   those tag names is not cut.
/// - Link reference definitions, which serve the whole document: a text holding `]:` is not cut.
///
/// Lines end at LF: a text holding a CR is not cut.
///
/// Formulas cannot cross a blank line, and are tokens by the time this runs.
enum Cuts {
    /// Offsets of line starts at which to cut `text` into at most `pieces` pieces of about equal
    /// length, in increasing order; empty when it cannot be cut.
    static func find(in text: UnsafeBufferPointer<UInt8>, pieces: Int) -> [Int] {
        guard pieces > 1, mayBeCut(text) else { return [] }
        var cuts: [Int] = []
        var nextTarget = text.count / pieces
        var fence: (char: UInt8, length: Int)?
        var previousBlank = true
        // Whether the lines since the last blank one may be a raw HTML block, which holds what
        // looks like a fence as text.
        var inHTML = false
        var start = 0
        while start < text.count, cuts.count < pieces - 1 {
            let end = lineEnd(text, from: start)
            let line = UnsafeBufferPointer(rebasing: text[start..<end])
            let blank = line.allSatisfy { $0 == space || $0 == tab }
            if let open = fence {
                if isClosingFence(line, open) { fence = nil }
            } else if let opened = openingFence(line) {
                guard !inHTML else { return [] }
                fence = opened
            } else {
                if line.prefix(4).drop(while: { $0 == space }).first == UInt8(ascii: "<") { inHTML = true }
                if previousBlank, start >= nextTarget, isHeading(line) {
                    cuts.append(start)
                    nextTarget = text.count * (cuts.count + 1) / pieces
                }
            }
            if blank { inHTML = false }
            previousBlank = blank
            start = end + 1
        }
        return cuts
    }

    /// Whether `text` has nothing that reaches across blank lines but fenced code in the first
    /// column (see the type's documentation).
    private static func mayBeCut(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = 0
        var i = 0
        while i < text.count {
            switch text[i] {
            case newline:
                lineStart = i + 1
            case carriageReturn:
                // A lone CR ends a line for cmark but not here (the reader turns every line end
                // into LF, so only other callers meet one).
                return false
            case UInt8(ascii: "]"):
                if i + 1 < text.count, text[i + 1] == UInt8(ascii: ":") { return false }
            case UInt8(ascii: "<"):
                if i + 1 < text.count, text[i + 1] == UInt8(ascii: "!") || text[i + 1] == UInt8(ascii: "?") { return false }
                if blockTags.contains(where: { startsWith(text, at: i + 1, lowercased: $0) }) { return false }
            case UInt8(ascii: "`"), UInt8(ascii: "~"):
                if i + 2 < text.count, text[i + 1] == text[i], text[i + 2] == text[i], i != lineStart { return false }
                // Skip the rest of the run: only where it starts matters.
                while i + 1 < text.count, text[i + 1] == text[i] { i += 1 }
            default:
                break
            }
            i += 1
        }
        return true
    }

    /// The tags that open raw HTML blocks ending at a closing tag, not at a blank line.
    private static let blockTags = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }

    /// Whether `text` holds `word` at `offset`, ignoring ASCII case.
    private static func startsWith(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, lowercased word: [UInt8]) -> Bool {
        guard offset + word.count <= text.count else { return false }
        for (k, byte) in word.enumerated() where text[offset + k] | 0x20 != byte { return false }
        return true
    }

    /// The offset of the newline ending the line that starts at `start` (or the text's end).
    private static func lineEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < text.count, text[end] != newline { end += 1 }
        return end
    }

    /// The fence a line in the first column opens: three or more backticks (with no backtick
    /// after them) or tildes.
    private static func openingFence(_ line: UnsafeBufferPointer<UInt8>) -> (char: UInt8, length: Int)? {
        guard let char = line.first, char == UInt8(ascii: "`") || char == UInt8(ascii: "~") else { return nil }
        let length = line.prefix { $0 == char }.count
        guard length >= 3 else { return nil }
        if char == UInt8(ascii: "`"), line.dropFirst(length).contains(char) { return nil }
        return (char, length)
    }

    /// Whether a line in the first column closes `fence`: at least as many of its character,
    /// then only blanks.
    private static func isClosingFence(_ line: UnsafeBufferPointer<UInt8>, _ fence: (char: UInt8, length: Int)) -> Bool {
        let length = line.prefix { $0 == fence.char }.count
        return length >= fence.length && line.dropFirst(length).allSatisfy { $0 == space || $0 == tab }
    }

    /// Whether a line is an ATX heading starting in the first column.
    private static func isHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let level = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(level) else { return false }
        return level == line.count || line[level] == space || line[level] == tab
    }

    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
}
