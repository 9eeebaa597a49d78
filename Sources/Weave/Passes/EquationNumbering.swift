/// Numbers display equations and resolves `\label`, `\eqref` and `\ref`, which KaTeX does not
/// know, so that the TeX handed to KaTeX is plain.
///
/// A display formula is numbered when it has a `\label{…}` or is a numbered LaTeX environment
/// (`equation`, `align`, `gather`, `multline`, … without `*`); numbers run 1, 2, … in reading
/// order, one per formula. The environment wrapper becomes its KaTeX equivalent inside a display
/// with `\tag{n}` (`align` → `aligned`, `gather` → `gathered`). In math, `\eqref{x}` becomes a
/// link `(n)` and `\ref{x}` a link `n` to the anchor `eq-x`; an unknown label is a warning at the
/// formula. The labels become reference targets, for ``CrossReferences`` to resolve the prose's.
///
/// Two phases, each split between cores for a long note: a read-only walk lists the labels of the
/// numbered formulas chunk by chunk, and numbers are given out in reading order; then one rewrite
/// per chunk numbers its formulas, starting where the chunks before it left off, and resolves
/// references.
enum EquationNumbering {
    /// Applies numbering and reference resolution to `note`.
    static func apply(_ note: Note) -> Note {
        apply(note, parallelBlocks: LargeStack.parallelBlocks)
    }

    /// Applies numbering and reference resolution to `note`, splitting its top-level blocks between
    /// cores if there are at least `parallelBlocks`.
    static func apply(_ note: Note, parallelBlocks: Int) -> Note {
        var note = note
        let blocks = note.blocks
        let definitions = LargeStack.chunks(blocks.count, minimum: parallelBlocks) { _, range in
            var found: [([String], SourceLocation)] = []
            Rewrite.forEachFormula(in: blocks[range]) { math in
                if let definition = definition(math) { found.append(definition) }
            }
            return found
        }
        // Numbers in reading order; a label defined twice keeps its first equation.
        var numbers: [String: Int] = [:]
        var firstNumbers: [Int] = []
        var next = 1
        for chunk in definitions {
            firstNumbers.append(next)
            for (labels, location) in chunk {
                for label in labels {
                    if numbers[label] != nil {
                        note.diagnose(.warning, "label '\(label)' is defined twice", at: location)
                    } else {
                        numbers[label] = next
                    }
                }
                next += 1
            }
        }
        for (label, number) in numbers where note.targets[label] == nil {
            note.targets[label] = ReferenceTarget(kind: .equation, number: number, anchor: "eq-" + anchor(label))
        }
        let (rewritten, unknown) = Rewrite.inChunks(blocks, minimum: parallelBlocks) { [numbers, firstNumbers] chunk, blocks in
            var resolver = Resolver(numbers: numbers, next: firstNumbers[chunk])
            return (blocks.rewritten { resolver.resolve($0) }, resolver.unknown)
        }
        if let rewritten { note.blocks = rewritten }
        for (location, label) in unknown.joined() {
            note.diagnose(.warning, "no equation is labelled '\(label)'", at: location)
        }
        return note
    }

    static let numberedEnvironments: Set<String> = ["equation", "align", "gather", "multline", "eqnarray", "alignat", "flalign"]

    /// The labels of `math` and where it stands, if it is numbered.
    private static func definition(_ math: Math) -> ([String], SourceLocation)? {
        guard math.display else { return nil }
        let labels = labelNames(in: math.tex)
        return isNumbered(math, labels: labels) ? (labels, math.location) : nil
    }

    /// Whether a formula with `labels` is numbered: a display formula with a `\label` or in a
    /// numbered environment.
    private static func isNumbered(_ math: Math, labels: [String]) -> Bool {
        math.display && (!labels.isEmpty || math.environment.map(numberedEnvironments.contains) == true)
    }

    /// Numbers the formulas of one chunk of blocks and resolves their references.
    private struct Resolver {
        /// The equation number of each label.
        let numbers: [String: Int]
        /// The number of the next numbered formula.
        var next: Int
        /// References to labels that name nothing, in reading order.
        var unknown: [(SourceLocation, String)] = []

        mutating func resolve(_ block: Block) -> Block? {
            Rewrite.math(block) { resolve($0) }
        }

        /// The formula numbered (if it is numbered), made plain TeX for KaTeX, with its references
        /// resolved; `nil` when nothing changes.
        private mutating func resolve(_ original: Math) -> Math? {
            var math = original
            let labels = labelNames(in: original.tex)
            // Most formulas have no label, environment or number: there is nothing to number.
            if !labels.isEmpty || original.environment != nil || original.number != nil || !original.labels.isEmpty {
                // A label defined by an earlier equation is not this formula's.
                math.labels = labels.filter { numbers[$0].map { $0 >= next } ?? true }
                if isNumbered(math, labels: labels) {
                    math.number = next
                    next += 1
                }
                math.tex = katexReady(math)
            }
            var unresolved = false
            let tex = TeXCommands.replace(references, in: math.tex) { m in
                guard let n = numbers[m.argument] else {
                    unresolved = true
                    return "\\text{(??)}"
                }
                let shown = m.command == "eqref" ? "(\(n))" : "\(n)"
                return "\\href{#eq-\(anchor(m.argument))}{\\text{\(shown)}}"
            }
            if let tex { math.tex = tex }
            if unresolved {
                // Located in the formula as written, before labels were taken out of it.
                let source = Array(original.tex.utf8)
                for m in TeXCommands.find(references, in: original.tex) where numbers[m.argument] == nil {
                    unknown.append((EquationNumbering.location(of: m.range.lowerBound, in: source, from: original.texLocation), m.argument))
                }
            }
            return math == original ? nil : math
        }
    }

    /// Where the byte at `offset` of a formula's TeX `source` stands in the `.md` file, given where
    /// the TeX begins. (A later line of a formula in a block quote counts its columns from after
    /// the `>` markers, which are not part of the TeX.)
    static func location(of offset: Int, in source: [UInt8], from start: SourceLocation) -> SourceLocation {
        let before = source[..<offset]
        let characters = { (bytes: ArraySlice<UInt8>) in bytes.count { $0 & 0xC0 != 0x80 } }
        guard let newline = before.lastIndex(of: UInt8(ascii: "\n")) else {
            return SourceLocation(line: start.line, column: start.column + characters(before))
        }
        return SourceLocation(line: start.line + before.count { $0 == UInt8(ascii: "\n") }, column: 1 + characters(before[(newline + 1)...]))
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

    /// The command that defines a label.
    private static let labelCommand: Set<String> = ["label"]

    /// The commands that refer to a label.
    private static let references: Set<String> = ["ref", "eqref"]

    /// The HTML id fragment for a label (`eq-` is prepended by callers).
    static func anchor(_ label: String) -> String {
        if label.isEmpty { return "unnamed" }
        // Most labels are ASCII (`eq:gd`): their bytes are checked without Unicode's tables (but
        // for CR LF, one character).
        if label.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            let bytes = label.utf8.map { HTML.isLetterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") ? $0 : UInt8(ascii: "-") }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(label.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
