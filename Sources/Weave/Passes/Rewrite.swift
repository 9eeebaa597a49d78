/// Bottom-up rewriting helpers shared by the passes: visit every formula, or every sequence of
/// inlines, anywhere in a block tree, and replace it.
enum Rewrite {
    /// Rewrites every formula (inline and display) in `block`.
    static func block(_ block: Block, math transform: (Math) -> Math) -> Block {
        switch block {
        case .displayMath(let math):
            return .displayMath(transform(math))
        default:
            return inlines(block) { inlines, _ in inlines.map { Self.inline($0, math: transform) } }
        }
    }

    private static func inline(_ inline: Inline, math transform: (Math) -> Math) -> Inline {
        switch inline {
        case .math(let m): return .math(transform(m))
        case .emphasis(let c): return .emphasis(c.map { Self.inline($0, math: transform) })
        case .strong(let c): return .strong(c.map { Self.inline($0, math: transform) })
        case .link(let d, let t, let c): return .link(destination: d, title: t, content: c.map { Self.inline($0, math: transform) })
        case .image(let s, let t, let a): return .image(source: s, title: t, alt: a.map { Self.inline($0, math: transform) })
        default: return inline
        }
    }

    /// Rewrites every top-level inline sequence (of paragraphs, headings and table cells) in
    /// `block`; `transform` gets the sequence and the location of its block.
    static func inlines(_ block: Block, _ transform: ([Inline], SourceLocation) -> [Inline]) -> Block {
        switch block {
        case .paragraph(let content, let location):
            return .paragraph(transform(content, location), location)
        case .heading(let level, let content, let id, let location):
            return .heading(level: level, content: transform(content, location), id: id, location)
        case .blockQuote(let children):
            return .blockQuote(children.map { inlines($0, transform) })
        case .list(var list):
            list.items = list.items.map { $0.map { inlines($0, transform) } }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { transform($0, table.location) }
            table.rows = table.rows.map { $0.map { transform($0, table.location) } }
            return .table(table)
        case .code, .experiment, .html, .thematicBreak, .displayMath:
            return block
        }
    }

    /// Every formula in `blocks`, in reading order (a read-only walk: nothing is rebuilt).
    static func formulas(in blocks: [Block]) -> [Math] {
        var found: [Math] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .math(let m): found.append(m)
                case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): visit(c)
                default: break
                }
            }
        }
        func visit(_ block: Block) {
            switch block {
            case .paragraph(let c, _), .heading(_, let c, _, _): visit(c)
            case .blockQuote(let children): children.forEach(visit)
            case .list(let list): list.items.forEach { $0.forEach(visit) }
            case .table(let table):
                table.header.forEach(visit)
                table.rows.forEach { $0.forEach(visit) }
            case .displayMath(let m): found.append(m)
            case .code, .experiment, .html, .thematicBreak: break
            }
        }
        blocks.forEach(visit)
        return found
    }
}
