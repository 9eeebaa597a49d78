/// Puts the formulas taken out by ``MathProtector`` back into the blocks as cmark's tree is
/// converted: text is split into ``Inline/text`` and ``Inline/math`` pieces, paragraphs that hold
/// only display math become ``Block/displayMath``, the original source is restored wherever a
/// placeholder landed inside code or raw HTML, and other paragraphs go on to ``PipeTables``.
struct Placeholders: CommonMarkContent {
    /// The formulas, indexed by the numbers in their tokens.
    let spans: [MathProtector.Span]
    /// The source the spans point into.
    let source: [UInt8]
    /// Whether the source had `\|`, which ``PipeTables`` restores.
    let escapedPipes: Bool

    /// The resolver for the output of ``MathProtector``.
    init(_ protected: MathProtector.Output) {
        spans = protected.spans
        source = protected.source
        escapedPipes = protected.escapedPipes
    }

    /// Splits text at tokens; a continuation marker is dropped with the line break before it.
    func text(_ bytes: UnsafeBufferPointer<UInt8>, into inlines: inout [Inline]) {
        guard Self.hasPlaceholder(bytes) else {
            inlines.append(.text(String(decoding: bytes, as: UTF8.self)))
            return
        }
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            if end > start { inlines.append(.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))) }
        }
        while i + 2 < bytes.count {
            guard bytes[i] == Self.lead.0, bytes[i + 1] == Self.lead.1 else {
                i += 1
                continue
            }
            if bytes[i + 2] == Self.open, let (n, next) = token(bytes, at: i) {
                flush(i)
                inlines.append(.math(spans[n].math))
                start = next
                i = next
            } else if bytes[i + 2] == Self.continuation {
                flush(i)
                if case .softBreak = inlines.last { inlines.removeLast() }
                start = i + 3
                i += 3
            } else {
                i += 1
            }
        }
        flush(bytes.count)
    }

    /// The source the literal stood for.
    func literal(_ text: String) -> String {
        original(text)
    }

    /// A paragraph of display math alone becomes a display block; the rest is for ``PipeTables``.
    func leaf(_ block: Block, into blocks: inout [Block]) {
        if case .paragraph(let inlines, _) = block, let math = soleDisplayMath(inlines) {
            blocks.append(.displayMath(math))
        } else {
            PipeTables.append(block, escapedPipes: escapedPipes, into: &blocks)
        }
    }

    /// The placeholder characters in UTF-8: all are `EE 80 xx`.
    private static let lead: (UInt8, UInt8) = (0xEE, 0x80)
    private static let open: UInt8 = 0x80, close: UInt8 = 0x81, continuation: UInt8 = 0x82

    /// Whether `bytes` hold a token or a continuation marker.
    private static func hasPlaceholder(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if previous == lead && (byte == open || byte == continuation) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The token starting at `i` (at its `EE`): its span index and the offset after it.
    private func token(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int)? {
        var j = i + 3
        var n = 0
        while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") {
            // Past `spans.count` the token is no span's, however many digits follow: stop growing `n`,
            // which would overflow.
            if n <= spans.count { n = n * 10 + Int(bytes[j] - UInt8(ascii: "0")) }
            j += 1
        }
        guard j > i + 3, j + 2 < bytes.count, bytes[j] == Self.lead.0, bytes[j + 1] == Self.lead.1, bytes[j + 2] == Self.close,
            n < spans.count
        else { return nil }
        return (n, j + 3)
    }

    /// The text with every token and continuation marker replaced by the source it stood for.
    private func original(_ text: String) -> String {
        guard Self.hasPlaceholder(text.utf8) else { return text }
        return Array(text.utf8).withUnsafeBufferPointer(original)
    }

    private func original(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        var pending: ArraySlice<String> = []
        var i = 0
        while i < bytes.count {
            if i + 2 < bytes.count, bytes[i] == Self.lead.0, bytes[i + 1] == Self.lead.1 {
                if bytes[i + 2] == Self.open, let (n, next) = token(bytes, at: i) {
                    let lines = MathProtector.originalLines(of: spans[n], in: source)
                    out += Array(lines[0].utf8)
                    pending = lines.dropFirst()
                    i = next
                    continue
                }
                if bytes[i + 2] == Self.continuation, let line = pending.first {
                    out += Array(line.utf8)
                    pending = pending.dropFirst()
                    i += 3
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The display formula if it is all a paragraph holds (besides white space and line breaks).
    private func soleDisplayMath(_ inlines: [Inline]) -> Math? {
        var found: Math?
        for inline in inlines {
            switch inline {
            case .math(let m) where m.display && found == nil: found = m
            case .softBreak, .lineBreak: continue
            case .text(let s) where s.allSatisfy(\.isWhitespace): continue
            default: return nil
            }
        }
        return found
    }
}
