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
        for inline in inlines {
            switch inline {
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

    /// Text and math pieces of one text node; a continuation marker starts a text piece of its own.
    private func split(_ text: String) -> [Inline] {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 == MathProtector.tokenOpen || $0 == MathProtector.continuation }) else {
            return [.text(text)]
        }
        var pieces: [Inline] = []
        var current = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            if c == MathProtector.tokenOpen, let (n, next) = token(in: scalars, at: index) {
                if !current.isEmpty { pieces.append(.text(String(current))) }
                current = String.UnicodeScalarView()
                pieces.append(.math(spans[n].math))
                index = next
                continue
            }
            if c == MathProtector.continuation && !current.isEmpty {
                pieces.append(.text(String(current)))
                current = String.UnicodeScalarView()
            }
            current.append(c)
            index = scalars.index(after: index)
        }
        if !current.isEmpty { pieces.append(.text(String(current))) }
        return pieces
    }

    private func token(in scalars: String.UnicodeScalarView, at start: String.UnicodeScalarView.Index)
        -> (Int, String.UnicodeScalarView.Index)?
    {
        var index = scalars.index(after: start)
        var n = 0
        var digits = 0
        while index < scalars.endIndex, let d = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil {
            n = n * 10 + d
            digits += 1
            index = scalars.index(after: index)
        }
        guard digits > 0, index < scalars.endIndex, scalars[index] == MathProtector.tokenClose, n < spans.count else { return nil }
        return (n, scalars.index(after: index))
    }

    /// The text with every token and continuation marker replaced by the source it stood for.
    func original(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 == MathProtector.tokenOpen || $0 == MathProtector.continuation }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var pending: ArraySlice<String> = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            if c == MathProtector.tokenOpen, let (n, next) = token(in: scalars, at: index) {
                let lines = spans[n].originalLines
                out.append(contentsOf: lines[0].unicodeScalars)
                pending = lines.dropFirst()
                index = next
                continue
            }
            if c == MathProtector.continuation, let line = pending.first {
                out.append(contentsOf: line.unicodeScalars)
                pending = pending.dropFirst()
            } else {
                out.append(c)
            }
            index = scalars.index(after: index)
        }
        return String(out)
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
