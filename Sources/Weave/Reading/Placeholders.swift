/// Puts the formulas taken out by ``MathProtector`` back into the parsed blocks as ``Inline/math``
/// nodes, turns paragraphs that hold only display math into ``Block/displayMath``, and restores the
/// original source wherever a placeholder landed inside code or raw HTML.
struct Placeholders {
    let spans: [MathProtector.Span]

    /// Resolves every placeholder in `blocks`.
    func resolve(_ blocks: [Block]) -> [Block] {
        blocks.map(resolve)
    }

    private func resolve(_ block: Block) -> Block {
        switch block {
        case .paragraph(let content, let location):
            let inlines = resolve(content)
            if let math = soleDisplayMath(inlines) { return .displayMath(math) }
            return .paragraph(inlines, location)
        case .heading(let level, let content, let id, let location):
            return .heading(level: level, content: resolve(content), id: id, location)
        case .blockQuote(let children):
            return .blockQuote(resolve(children))
        case .list(var list):
            list.items = list.items.map(resolve)
            return .list(list)
        case .code(let info, let text, let location):
            return .code(info: info, text: original(text), location)
        case .html(let html):
            return .html(original(html))
        case .experiment, .thematicBreak, .displayMath, .table:
            return block
        }
    }

    /// Splits text at tokens, drops continuation markers and the line breaks before them.
    private func resolve(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        out.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text) where !Self.hasPlaceholder(text):
                out.append(inline)
            case .text(let text):
                for piece in split(text) {
                    if case .text(let s) = piece, s.unicodeScalars.first == MathProtector.continuation {
                        if case .softBreak = out.last { out.removeLast() }
                        let rest = String(String.UnicodeScalarView(s.unicodeScalars.dropFirst()))
                        if !rest.isEmpty { out.append(.text(rest)) }
                    } else {
                        out.append(piece)
                    }
                }
            case .code(let code, let location): out.append(.code(original(code), location))
            case .html(let html): out.append(.html(original(html)))
            case .emphasis(let c): out.append(.emphasis(resolve(c)))
            case .strong(let c): out.append(.strong(resolve(c)))
            case .link(let d, let t, let c): out.append(.link(destination: original(d), title: original(t), content: resolve(c)))
            case .image(let s, let t, let a): out.append(.image(source: original(s), title: original(t), alt: resolve(a)))
            default: out.append(inline)
            }
        }
        return out
    }

    /// The placeholder characters in UTF-8: all are `EE 80 xx`.
    private static let lead: (UInt8, UInt8) = (0xEE, 0x80)
    private static let open: UInt8 = 0x80, close: UInt8 = 0x81, continuation: UInt8 = 0x82

    /// Whether `text` holds a token or a continuation marker.
    private static func hasPlaceholder(_ text: String) -> Bool {
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if previous == lead && (byte == open || byte == continuation) { return true }
                previous = (previous.1, byte)
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    /// The token starting at `i` (at its `EE`): its span index and the offset after it.
    private func token(_ bytes: [UInt8], at i: Int) -> (Int, Int)? {
        var j = i + 3
        var n = 0
        while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") {
            n = n * 10 + Int(bytes[j] - UInt8(ascii: "0"))
            j += 1
        }
        guard j > i + 3, j + 2 < bytes.count, bytes[j] == Self.lead.0, bytes[j + 1] == Self.lead.1, bytes[j + 2] == Self.close,
            n < spans.count
        else { return nil }
        return (n, j + 3)
    }

    /// Text and math pieces of one text node that holds a token or continuation marker; a
    /// continuation marker starts a text piece of its own.
    private func split(_ text: String) -> [Inline] {
        let bytes = Array(text.utf8)
        var pieces: [Inline] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            if end > start { pieces.append(.text(String(decoding: bytes[start..<end], as: UTF8.self))) }
        }
        while i + 2 < bytes.count {
            guard bytes[i] == Self.lead.0, bytes[i + 1] == Self.lead.1 else {
                i += 1
                continue
            }
            if bytes[i + 2] == Self.open, let (n, next) = token(bytes, at: i) {
                flush(i)
                pieces.append(.math(spans[n].math))
                start = next
                i = next
            } else if bytes[i + 2] == Self.continuation {
                flush(i)
                start = i
                i += 3
            } else {
                i += 1
            }
        }
        flush(bytes.count)
        return pieces
    }

    /// The text with every token and continuation marker replaced by the source it stood for.
    func original(_ text: String) -> String {
        guard Self.hasPlaceholder(text) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var pending: ArraySlice<String> = []
        var i = 0
        while i < bytes.count {
            if i + 2 < bytes.count, bytes[i] == Self.lead.0, bytes[i + 1] == Self.lead.1 {
                if bytes[i + 2] == Self.open, let (n, next) = token(bytes, at: i) {
                    let lines = spans[n].originalLines
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
