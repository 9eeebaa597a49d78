/// Numbers the figures that experiments drew, 1, 2, … in reading order, and records the number of
/// the first figure of each block with an `id=` so prose can refer to it with `\ref{id}`.
enum FigureNumbering {
    /// Numbers the figures of `note`.
    static func apply(_ note: Note) -> Note {
        var note = note
        var next = 1
        var labels: [String: Int] = [:]
        note.blocks.rewrite { block in Rewrite.leaves(block) { number($0, &next, &labels) } }
        note.figureLabels = labels
        return note
    }

    private static func number(_ block: Block, _ next: inout Int, _ labels: inout [String: Int]) -> Block? {
        switch block {
        case .experiment(var e):
            guard var result = e.result else { return nil }
            result.outputs = result.outputs.map { output in
                guard case .figure(let svg, let title, let caption, _) = output else { return output }
                if let id = e.id, labels[id] == nil { labels[id] = next }
                defer { next += 1 }
                return .figure(svg: svg, title: title, caption: caption, number: next)
            }
            e.result = result
            return .experiment(e)
        default:
            return nil
        }
    }
}
