/// Numbers what a page numbers, each kind 1, 2, … in reading order, and records the labels that
/// `\ref` can name:
/// - figures that experiments drew; a block's `id=` names its first figure;
/// - tables: a pipe table with a caption (`Table: … {#id}`), and the first table of a block with
///   an `id=` that drew no figure;
/// - check cards, every one; a check block's `id=` names its card.
enum Numbering {
    /// Numbers the figures, tables and checks of `note`.
    static func apply(_ note: Note) -> Note {
        var note = note
        var counter = Counter()
        note.blocks.rewrite { block in Rewrite.leaves(block) { counter.number($0) } }
        note.targets.merge(counter.targets) { first, _ in first }
        return note
    }

    private struct Counter {
        var figures = 0, tables = 0, checks = 0
        var targets: [String: ReferenceTarget] = [:]

        mutating func number(_ block: Block) -> Block? {
            switch block {
            case .experiment(var e):
                if e.mode == .check {
                    checks += 1
                    e.number = checks
                    if let id = e.id { add(id, ReferenceTarget(kind: .check, number: checks, anchor: id)) }
                    return .experiment(e)
                }
                guard var result = e.result else { return nil }
                var drew = false
                result.outputs = result.outputs.map { output in
                    guard case .figure(let svg, let title, let caption, _) = output else { return output }
                    figures += 1
                    if let id = e.id, !drew { add(id, ReferenceTarget(kind: .figure, number: figures, anchor: "figure-\(figures)")) }
                    drew = true
                    return .figure(svg: svg, title: title, caption: caption, number: figures)
                }
                if let id = e.id, !drew, result.outputs.contains(where: { if case .table = $0 { true } else { false } }) {
                    tables += 1
                    e.number = tables
                    add(id, ReferenceTarget(kind: .table, number: tables, anchor: "table-\(tables)"))
                }
                e.result = result
                return .experiment(e)
            case .table(var table) where table.caption != nil:
                tables += 1
                table.number = tables
                if let id = table.id { add(id, ReferenceTarget(kind: .table, number: tables, anchor: "table-\(tables)")) }
                return .table(table)
            default:
                return nil
            }
        }

        /// Records `target` under `label`; a label given twice keeps its first target.
        private mutating func add(_ label: String, _ target: ReferenceTarget) {
            if targets[label] == nil { targets[label] = target }
        }
    }
}
