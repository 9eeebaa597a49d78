/// Numbers display equations and resolves `\label`, `\eqref` and `\ref`, which KaTeX does not
/// know, so that the TeX handed to KaTeX is plain.
///
/// A display formula is numbered when it has a `\label{…}` or is a numbered LaTeX environment
/// (`equation`, `align`, `gather`, `multline`, … without `*`); numbers run 1, 2, … in reading
/// order, one per formula. The environment wrapper becomes its KaTeX equivalent inside a display
/// with `\tag{n}` (`align` → `aligned`, `gather` → `gathered`). `\eqref{x}` becomes a link `(n)`
/// and `\ref{x}` a link `n`, in math and in prose; the target is the anchor `eq-x`. An unknown
/// label is a warning at the reference. A prose `\ref{id}` may also name an experiment block
/// (`id=`) that drew a figure: it becomes that figure's number, linked to the block.
enum EquationNumbering {
    /// Applies numbering and reference resolution to `note`.
    static func apply(_ note: Note) -> Note {
        var note = note
        var numbers: [String: Int] = [:]
        var next = 1
        var duplicates: [(SourceLocation, String)] = []
        note.blocks.rewrite { number($0, &numbers, &next, &duplicates) }
        for (location, label) in duplicates {
            note.diagnose(.warning, "label '\(label)' is defined twice", at: location)
        }
        var unknown: [(SourceLocation, String)] = []
        let figures = note.figureLabels
        note.blocks.rewrite { resolve($0, numbers, figures, &unknown) }
        for (location, label) in unknown {
            note.diagnose(.warning, "no equation is labelled '\(label)'", at: location)
        }
        return note
    }

    static let numberedEnvironments: Set<String> = ["equation", "align", "gather", "multline", "eqnarray", "alignat", "flalign"]

    // MARK: Numbering

    private static func number(_ block: Block, _ numbers: inout [String: Int], _ next: inout Int, _ duplicates: inout [(SourceLocation, String)]) -> Block? {
        Rewrite.math(block) { original in
            let labels = labelNames(in: original.tex)
            // Most formulas have no label, environment or number: there is nothing to do for them.
            if labels.isEmpty && original.environment == nil && original.number == nil && original.labels.isEmpty { return nil }
            var math = original
            // A label defined twice keeps its first equation; the later one loses it.
            math.labels = labels.filter { numbers[$0] == nil }
            let numbered = math.display && (!labels.isEmpty || math.environment.map(numberedEnvironments.contains) == true)
            if numbered {
                math.number = next
                for label in labels {
                    if numbers[label] != nil {
                        duplicates.append((math.location, label))
                    } else {
                        numbers[label] = next
                    }
                }
                next += 1
            }
            math.tex = katexReady(math)
            return math == original ? nil : math
        }
    }

    /// The names in `\label{…}`.
    static func labelNames(in tex: String) -> [String] {
        TeXCommands.find(labelCommand, in: tex).map(\.argument)
    }

    /// TeX without `\label`, with environments mapped and the number as a `\tag`.
    private static func katexReady(_ math: Math) -> String {
        var tex = TeXCommands.replace(labelCommand, in: math.tex) { _ in "" } ?? math.tex
        if let env = math.environment {
            let base = env.hasSuffix("*") ? String(env.dropLast()) : env
            let inner: (String, String)? =
                switch base {
                case "equation": ("", "")
                case "align", "flalign", "alignat": ("\\begin{aligned}", "\\end{aligned}")
                case "gather": ("\\begin{gathered}", "\\end{gathered}")
                case "eqnarray": ("\\begin{array}{rcl}", "\\end{array}")
                default: ("", "")
                }
            if let (open, close) = inner {
                var body = tex
                let begin = "\\begin{\(env)}"
                let end = "\\end{\(env)}"
                if body.hasPrefix(begin) { body = String(body.dropFirst(begin.count)) }
                if body.hasSuffix(end) { body = String(body.dropLast(end.count)) }
                if base == "alignat", body.hasPrefix("{"), let close = body.firstIndex(of: "}") {
                    body = String(body[body.index(after: close)...])
                }
                tex = open + body + close
            }
        }
        if let n = math.number { tex += "\\tag{\(n)}" }
        return tex
    }

    // MARK: References

    private static func resolve(_ block: Block, _ numbers: [String: Int], _ figures: [String: Int], _ unknown: inout [(SourceLocation, String)]) -> Block? {
        let withMath = Rewrite.math(block) { math in
            guard let tex = TeXCommands.replace(references, in: math.tex, with: { m in
                guard let n = numbers[m.argument] else {
                    unknown.append((math.location, m.argument))
                    return "\\text{(??)}"
                }
                let shown = m.command == "eqref" ? "(\(n))" : "\(n)"
                return "\\href{#eq-\(anchor(m.argument))}{\\text{\(shown)}}"
            }) else { return nil }
            var math = math
            math.tex = tex
            return math
        }
        let withProse = Rewrite.inlines(withMath ?? block) { inlines, location in
            guard inlines.contains(where: mayHoldReference) else { return nil }
            return inlines.flatMap { inline -> [Inline] in
                guard case .text(let text) = inline, TeXCommands.contains(references, in: text) else { return [inline] }
                return proseReferences(text, numbers, figures, location, &unknown)
            }
        }
        return withProse ?? withMath
    }

    /// Whether `inline` is text with a `\ref{…}` or `\eqref{…}`.
    private static func mayHoldReference(_ inline: Inline) -> Bool {
        if case .text(let text) = inline { return TeXCommands.contains(references, in: text) }
        return false
    }

    private static func proseReferences(
        _ text: String, _ numbers: [String: Int], _ figures: [String: Int], _ location: SourceLocation,
        _ unknown: inout [(SourceLocation, String)]
    ) -> [Inline] {
        let found = TeXCommands.find(references, in: text)
        guard !found.isEmpty else { return [.text(text)] }
        let bytes = Array(text.utf8)
        var out: [Inline] = []
        var last = 0
        for m in found {
            if m.range.lowerBound > last { out.append(.text(String(decoding: bytes[last..<m.range.lowerBound], as: UTF8.self))) }
            let label = m.argument
            if let n = numbers[label] {
                out.append(.reference(label: label, text: m.command == "eqref" ? "(\(n))" : "\(n)", anchor: "eq-" + anchor(label)))
            } else if let n = figures[label] {
                out.append(.reference(label: label, text: "\(n)", anchor: anchor(label)))
            } else {
                unknown.append((location, label))
                out.append(.reference(label: label, text: nil, anchor: "eq-" + anchor(label)))
            }
            last = m.range.upperBound
        }
        if last < bytes.count { out.append(.text(String(decoding: bytes[last...], as: UTF8.self))) }
        return out
    }

    /// The command that defines a label.
    private static let labelCommand: Set<String> = ["label"]

    /// The commands that refer to a label.
    private static let references: Set<String> = ["ref", "eqref"]

    /// The HTML id fragment for a label (`eq-` is prepended by callers).
    static func anchor(_ label: String) -> String {
        label.isEmpty ? "unnamed" : String(label.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
