/// Bottom-up rewriting helpers shared by the passes: visit every block, formula or sequence of
/// inlines anywhere in a block tree, and replace it.
///
/// A transform returns `nil` for "unchanged", and so do the helpers: a subtree in which nothing
/// changed is kept as it is instead of being rebuilt, so a pass allocates only where it changes
/// something (most passes change a few blocks of a long note).
enum Rewrite {
    /// `block` with `transform` applied to it or, for block quotes and lists, to every block inside
    /// at any depth, in reading order.
    static func leaves(_ block: Block, _ transform: (Block) -> Block?) -> Block? {
        switch block {
        case .blockQuote(let children):
            return children.rewritten { leaves($0, transform) }.map(Block.blockQuote)
        case .list(var list):
            guard let items = list.items.rewritten({ $0.rewritten { leaves($0, transform) } }) else { return nil }
            list.items = items
            return .list(list)
        default:
            return transform(block)
        }
    }

    /// `blocks` rewritten chunk by chunk, one chunk per core when there are at least `minimum`
    /// (``LargeStack/chunks(_:minimum:_:)``): `rewrite` gets a chunk's index and blocks, and
    /// returns them rewritten (`nil` when it changed none) with something to report. Returns the
    /// blocks (`nil` when no chunk changed) and the reports in chunk order.
    static func inChunks<Report: Sendable>(
        _ blocks: [Block], minimum: Int, _ rewrite: @escaping @Sendable (Int, ArraySlice<Block>) -> ([Block]?, Report)
    ) -> (blocks: [Block]?, reports: [Report]) {
        let results = LargeStack.chunks(blocks.count, minimum: minimum) { chunk, range in
            let (rewritten, report) = rewrite(chunk, blocks[range])
            return (range: range, blocks: rewritten, report: report)
        }
        let reports = results.map(\.report)
        guard results.contains(where: { $0.blocks != nil }) else { return (nil, reports) }
        if results.count == 1 { return (results[0].blocks, reports) }
        return (results.flatMap { $0.blocks ?? Array(blocks[$0.range]) }, reports)
    }

    /// The experiment blocks in `blocks`, at any depth, in reading order (the order `leaves`
    /// visits them).
    static func experiments(in blocks: [Block]) -> [Experiment] {
        var found: [Experiment] = []
        for block in blocks {
            _ = leaves(block) { leaf in
                if case .experiment(let e) = leaf { found.append(e) }
                return nil
            }
        }
        return found
    }

    /// Rewrites every formula (inline and display) in `block`.
    static func math(_ block: Block, _ transform: (Math) -> Math?) -> Block? {
        leaves(block) { leaf in
            if case .displayMath(let math) = leaf { return transform(math).map(Block.displayMath) }
            return inlines(leaf) { inlines, _ in inlines.rewritten { Self.math($0, transform) } }
        }
    }

    private static func math(_ inline: Inline, _ transform: (Math) -> Math?) -> Inline? {
        switch inline {
        case .math(let m): return transform(m).map(Inline.math)
        case .emphasis(let c): return c.rewritten { math($0, transform) }.map(Inline.emphasis)
        case .strong(let c): return c.rewritten { math($0, transform) }.map(Inline.strong)
        case .link(let d, let t, let c): return c.rewritten { math($0, transform) }.map { .link(destination: d, title: t, content: $0) }
        case .image(let s, let t, let a): return a.rewritten { math($0, transform) }.map { .image(source: s, title: t, alt: $0) }
        default: return nil
        }
    }

    /// Rewrites every top-level inline sequence (of paragraphs, headings and table cells) in
    /// `block`; `transform` gets the sequence and the location of its block.
    static func inlines(_ block: Block, _ transform: ([Inline], SourceLocation) -> [Inline]?) -> Block? {
        leaves(block) { leaf in
            switch leaf {
            case .paragraph(let content, let location):
                return transform(content, location).map { .paragraph($0, location) }
            case .heading(let level, let content, let id, let location):
                return transform(content, location).map { .heading(level: level, content: $0, id: id, location) }
            case .table(var table):
                let header = table.header.rewritten { transform($0, table.location) }
                let rows = table.rows.rewritten { $0.rewritten { transform($0, table.location) } }
                guard header != nil || rows != nil else { return nil }
                table.header = header ?? table.header
                table.rows = rows ?? table.rows
                return .table(table)
            case .code, .experiment, .html, .thematicBreak, .displayMath, .blockQuote, .list:
                return nil
            }
        }
    }

    /// Every formula in `blocks`, in reading order (a read-only walk: nothing is rebuilt).
    static func formulas(in blocks: [Block]) -> [Math] {
        var found: [Math] = []
        forEachFormula(in: blocks[...]) { found.append($0) }
        return found
    }

    /// Whether an inline anywhere in `blocks` (in paragraphs, headings and table cells, at any
    /// depth of quotes, lists and inline markup) satisfies `predicate`: a read-only walk.
    static func containsInline(in blocks: ArraySlice<Block>, where predicate: (Inline) -> Bool) -> Bool {
        func search(_ inlines: [Inline]) -> Bool {
            inlines.withUnsafeBufferPointer { inlines in
                inlines.indices.contains { index in
                    if predicate(inlines[index]) { return true }
                    switch inlines[index] {
                    case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): return search(c)
                    default: return false
                    }
                }
            }
        }
        func search(_ block: Block) -> Bool {
            switch block {
            case .paragraph(let c, _), .heading(_, let c, _, _): return search(c)
            case .blockQuote(let children): return containsInline(in: children[...], where: predicate)
            case .list(let list): return list.items.contains { containsInline(in: $0[...], where: predicate) }
            case .table(let table): return table.header.contains(where: search) || table.rows.contains { $0.contains(where: search) }
            case .code, .experiment, .html, .thematicBreak, .displayMath: return false
            }
        }
        return blocks.withUnsafeBufferPointer { blocks in blocks.indices.contains { search(blocks[$0]) } }
    }

    /// Calls `body` with every formula in `blocks`, in reading order: a read-only walk that
    /// copies nothing it does not hand to `body`.
    static func forEachFormula(in blocks: ArraySlice<Block>, _ body: (Math) -> Void) {
        blocks.withUnsafeBufferPointer { blocks in
            for index in blocks.indices { visit(blocks[index], body) }
        }
    }

    private static func visit(_ block: Block, _ body: (Math) -> Void) {
        switch block {
        case .paragraph(let c, _), .heading(_, let c, _, _): visit(c, body)
        case .blockQuote(let children): forEachFormula(in: children[...], body)
        case .list(let list): list.items.forEach { forEachFormula(in: $0[...], body) }
        case .table(let table):
            table.header.forEach { visit($0, body) }
            table.rows.forEach { $0.forEach { visit($0, body) } }
        case .displayMath(let m): body(m)
        case .code, .experiment, .html, .thematicBreak: break
        }
    }

    private static func visit(_ inlines: [Inline], _ body: (Math) -> Void) {
        // Read from the buffer: iterating the array would copy every inline.
        inlines.withUnsafeBufferPointer { inlines in
            for index in inlines.indices {
                switch inlines[index] {
                case .math(let m): body(m)
                case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): visit(c, body)
                default: break
                }
            }
        }
    }
}

extension ArraySlice {
    /// The elements with `transform` applied to every one, or `nil` when it changed none
    /// (`transform` returns `nil` for an element it leaves as it is). Copied only on a change.
    func rewritten(_ transform: (Element) -> Element?) -> [Element]? {
        // Elements are lent to `transform` from the buffer: reading them through a subscript
        // would copy (retain and release) every one of them.
        withUnsafeBufferPointer { elements in
            var result: [Element]?
            for index in elements.indices {
                guard let new = transform(elements[index]) else { continue }
                if result == nil { result = Array(elements) }
                result![index] = new
            }
            return result
        }
    }
}

extension Array {
    /// The array with `transform` applied to every element, or `nil` when it changed none (see
    /// ``Swift/ArraySlice/rewritten(_:)``).
    func rewritten(_ transform: (Element) -> Element?) -> [Element]? {
        self[...].rewritten(transform)
    }

    /// Applies `transform` to every element; `nil` keeps an element as it is. (Not a loop that
    /// assigns `self[index]`: the optimiser hoists the copy-on-write check of such a loop out of
    /// it, so the array would be copied even when nothing changes.)
    mutating func rewrite(_ transform: (Element) -> Element?) {
        if let rewritten = rewritten(transform) { self = rewritten }
    }
}
