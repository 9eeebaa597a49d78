import Foundation

/// Recognises GitHub pipe tables, which CommonMark parses as paragraphs, and turns the escaped-pipe
/// markers of ``MathProtector`` back into `|`.
///
/// A table is a header row followed by a delimiter row (`| --- | :-: |`) with the same number of
/// cells; every further line of the paragraph is a body row, cut to that many cells (a shorter row
/// stays short: the writer fills it with one spanning cell).
/// Lines above the header stay a paragraph. Cells keep their inline markup and math, because
/// splitting happens on the parsed inlines: only `|` in plain text separates cells, so a `|` inside
/// math, code or `\|` never does. A paragraph `Table: caption {#id}` right after a table is its
/// caption (the `{#id}` is optional: the table's anchor and label for `\ref`).
enum PipeTables {
    /// Appends what a paragraph, heading or code block becomes: a paragraph may turn into a table
    /// (with a paragraph above it); where the source had `\|` (`escapedPipes`), pipes are restored.
    static func append(_ block: Block, escapedPipes: Bool, into blocks: inout [Block]) {
        switch block {
        case .paragraph(let inlines, _) where caption(inlines, after: blocks.last):
            guard case .table(var table)? = blocks.last else { return }
            let (content, id) = captionAndID(Array(inlines))
            table.caption = content
            table.id = id
            blocks[blocks.count - 1] = .table(table)
        case .paragraph(let inlines, let location):
            // A table needs a `|` in plain text: most paragraphs are passed over at once.
            guard inlines.contains(where: isPipeText) else {
                blocks.append(escapedPipes ? unescape(block) : block)
                return
            }
            let start = blocks.count
            split(inlines, location, into: &blocks)
            if escapedPipes {
                for index in start..<blocks.count { blocks[index] = unescape(blocks[index]) }
            }
        case .heading(let level, let content, let id, let location) where escapedPipes:
            blocks.append(.heading(level: level, content: unescape(content, inCell: false), id: id, location))
        case .code(let info, let text, let location) where escapedPipes:
            blocks.append(.code(info: info, text: restore(text, inCell: false) ?? text, location))
        default:
            blocks.append(block)
        }
    }

    /// Whether a paragraph of `inlines` is the caption of `previous`: it starts with `Table:`
    /// and follows a table that has none.
    private static func caption(_ inlines: [Inline], after previous: Block?) -> Bool {
        guard case .table(let table)? = previous, table.caption == nil, case .text(let first)? = inlines.first else { return false }
        return first.hasPrefix("Table:")
    }

    /// A caption paragraph's content without `Table:` and a final `{#id}`, and that id.
    private static func captionAndID(_ inlines: [Inline]) -> ([Inline], String?) {
        var content = inlines
        if case .text(let first) = content[0] {
            let rest = first.dropFirst("Table:".count).drop { $0 == " " }
            content[0] = .text(String(rest))
        }
        var id: String?
        if case .text(let last) = content.last, last.hasSuffix("}"), let open = last.range(of: "{#", options: .backwards) {
            let name = last[open.upperBound..<last.index(before: last.endIndex)]
            if !name.isEmpty, !name.contains(" ") {
                id = String(name)
                let before = last[..<open.lowerBound]
                content[content.count - 1] = .text(String(before.hasSuffix(" ") ? before.dropLast() : before))
            }
        }
        return (content.filter { $0 != .text("") }, id)
    }

    /// Appends the table that `inlines` hold, with a paragraph for the lines above it, or the
    /// paragraph as it is when it holds no table.
    private static func split(_ inlines: [Inline], _ location: SourceLocation, into blocks: inout [Block]) {
        let lines = lines(of: inlines)
        for k in 0..<max(0, lines.count - 1) {
            guard let alignments = delimiterRow(inlines[lines[k + 1]]) else { continue }
            let headerLine = inlines[lines[k]]
            let header = cells(of: headerLine)
            guard header.count == alignments.count, headerLine.contains(where: isPipeText) || header.count > 1 else { continue }
            let rows = lines[(k + 2)...].map { line -> [[Inline]] in
                var cells = cells(of: inlines[line])
                if cells.count > alignments.count { cells.removeLast(cells.count - alignments.count) }
                return cells
            }
            let tableLocation = SourceLocation(line: location.line + k, column: location.column)
            if k > 0 {
                // The lines above the table stay a paragraph, joined by soft breaks.
                let above = inlines[..<lines[k - 1].upperBound].map { inline -> Inline in
                    if case .lineBreak = inline { return .softBreak }
                    return inline
                }
                blocks.append(.paragraph(above, location))
            }
            blocks.append(.table(Table(alignments: alignments, header: header, rows: rows, location: tableLocation)))
            return
        }
        blocks.append(.paragraph(inlines, location))
    }

    private static func isPipeText(_ inline: Inline) -> Bool {
        if case .text(let s) = inline { return s.containsUTF8(pipe) }
        return false
    }

    /// The index ranges of the lines of `inlines` (separated by soft and hard line breaks).
    private static func lines(of inlines: [Inline]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .softBreak, .lineBreak:
                lines.append(start..<index)
                start = index + 1
            default: continue
            }
        }
        lines.append(start..<inlines.count)
        return lines
    }

    /// The column alignments if `line` is a delimiter row. Such a row is ASCII (`|`, `:`, `-`,
    /// blanks), so it is read as bytes.
    private static func delimiterRow(_ line: ArraySlice<Inline>) -> [Table.Alignment]? {
        var text: [UInt8] = []
        for inline in line {
            guard case .text(let s) = inline else { return nil }
            text += s.utf8
        }
        var row = trimmed(text[...])
        guard row.contains(dash) else { return nil }
        if row.first == pipe { row = row.dropFirst() }
        if row.last == pipe { row = row.dropLast() }
        var result: [Table.Alignment] = []
        for cell in row.split(separator: pipe, omittingEmptySubsequences: false) {
            let c = trimmed(cell)
            let left = c.first == colon
            let right = c.last == colon
            let dashes = c.dropFirst(left ? 1 : 0).dropLast(right && c.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == dash }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// Splits a row into cells at `|` in plain text, dropping the optional outer pipes. A `|` byte
    /// is never part of a longer UTF-8 sequence, so text is split as bytes.
    private static func cells(of line: ArraySlice<Inline>) -> [[Inline]] {
        var cells: [[Inline]] = []
        var cell: [Inline] = []
        func close() {
            trim(&cell)
            cells.append(unescape(cell, inCell: true))
            cell = []
        }
        for inline in line {
            guard case .text(let s) = inline, s.containsUTF8(pipe) else {
                cell.append(inline)
                continue
            }
            // A piece that opens a cell loses its leading blanks, one that ends a cell its trailing
            // ones, before it becomes a string (`trim` then finds nothing to do).
            var rest = s.utf8[...]
            while let bar = rest.firstIndex(of: pipe) {
                var piece = rest[..<bar]
                if cell.isEmpty { piece = piece.drop(while: isBlank) }
                while let last = piece.last, isBlank(last) { piece = piece.dropLast() }
                if !piece.isEmpty { cell.append(.text(String(decoding: piece, as: UTF8.self))) }
                close()
                rest = rest[rest.index(after: bar)...]
            }
            if cell.isEmpty { rest = rest.drop(while: isBlank) }
            if !rest.isEmpty { cell.append(.text(String(decoding: rest, as: UTF8.self))) }
        }
        close()
        if cells.count > 1, cells.first?.isEmpty == true, startsWithPipe(line) { cells.removeFirst() }
        if cells.count > 1, cells.last?.isEmpty == true, endsWithPipe(line) { cells.removeLast() }
        return cells
    }

    private static func startsWithPipe(_ line: ArraySlice<Inline>) -> Bool {
        if case .text(let s) = line.first { return s.utf8.first(where: { $0 != space }) == pipe }
        return false
    }

    private static func endsWithPipe(_ line: ArraySlice<Inline>) -> Bool {
        if case .text(let s) = line.last { return s.utf8.last(where: { $0 != space }) == pipe }
        return false
    }

    /// Drops blanks from the start of the cell's first text and the end of its last.
    private static func trim(_ cell: inout [Inline]) {
        if case .text(let s) = cell.first, let first = s.utf8.first, isBlank(first) {
            let t = s.utf8.drop(while: isBlank)
            if t.isEmpty { cell.removeFirst() } else if t.count < s.utf8.count { cell[0] = .text(String(decoding: t, as: UTF8.self)) }
        }
        if case .text(let s) = cell.last, let last = s.utf8.last, isBlank(last) {
            let end = s.utf8.lastIndex(where: { !isBlank($0) }).map { s.utf8.index(after: $0) } ?? s.utf8.startIndex
            let t = s.utf8[..<end]
            if t.isEmpty { cell.removeLast() } else if t.count < s.utf8.count { cell[cell.count - 1] = .text(String(decoding: t, as: UTF8.self)) }
        }
    }

    /// `bytes` without blanks at either end.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
            return []
        }
        return bytes[first...last]
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    private static let pipe = UInt8(ascii: "|"), dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    private static func unescape(_ block: Block) -> Block {
        if case .paragraph(let inlines, let location) = block { return .paragraph(unescape(inlines, inCell: false), location) }
        return block
    }

    private static func unescape(_ inlines: [Inline], inCell: Bool) -> [Inline] {
        inlines.rewritten { unescaped($0, inCell: inCell) } ?? inlines
    }

    /// `inline` with pipes restored, or `nil` when it has none to restore.
    private static func unescaped(_ inline: Inline, inCell: Bool) -> Inline? {
        switch inline {
        case .text(let s):
            return restore(s, inCell: true).map(Inline.text)
        case .code(let s, let l):
            let code = (restore(s, inCell: inCell) ?? s).replacingPipeEscapes(inCell)
            return code == s ? nil : .code(code, l)
        case .emphasis(let c): return c.rewritten { unescaped($0, inCell: inCell) }.map(Inline.emphasis)
        case .strong(let c): return c.rewritten { unescaped($0, inCell: inCell) }.map(Inline.strong)
        case .link(let d, let t, let c):
            return c.rewritten { unescaped($0, inCell: inCell) }.map { .link(destination: d, title: t, content: $0) }
        case .image(let s, let t, let a):
            return a.rewritten { unescaped($0, inCell: inCell) }.map { .image(source: s, title: t, alt: $0) }
        default: return nil
        }
    }

    /// The escaped-pipe marker becomes `|` in text and table cells, `\|` in code elsewhere; `nil`
    /// when `s` has no marker.
    private static func restore(_ s: String, inCell: Bool) -> String? {
        guard s.unicodeScalars.contains(MathProtector.escapedPipe) else { return nil }
        return s.replacingOccurrences(of: String(MathProtector.escapedPipe), with: inCell ? "|" : "\\|")
    }
}

extension String {
    /// In a table cell, GitHub lets `\|` stand for `|` even inside code spans.
    fileprivate func replacingPipeEscapes(_ inCell: Bool) -> String {
        inCell ? replacingOccurrences(of: "\\|", with: "|") : self
    }
}
