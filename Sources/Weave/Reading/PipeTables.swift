import Foundation

/// Recognises GitHub pipe tables, which CommonMark parses as paragraphs, and turns the escaped-pipe
/// markers of ``MathProtector`` back into `|`.
///
/// A table is a header row followed by a delimiter row (`| --- | :-: |`) with the same number of
/// cells; every further line of the paragraph is a body row, padded or cut to that many cells.
/// Lines above the header stay a paragraph. Cells keep their inline markup and math, because
/// splitting happens on the parsed inlines: only `|` in plain text separates cells, so a `|` inside
/// math, code or `\|` never does.
enum PipeTables {
    /// Finds tables in `blocks`; where the source had `\|` (`escapedPipes`), restores the pipes.
    static func apply(_ blocks: [Block], escapedPipes: Bool) -> [Block] {
        tables(in: blocks, escapedPipes: escapedPipes) ?? blocks
    }

    /// `blocks` with tables found, or `nil` when no block changed (no copy is made then).
    private static func tables(in blocks: [Block], escapedPipes: Bool) -> [Block]? {
        var result: [Block]?
        for (index, block) in blocks.enumerated() {
            let replacement = apply(block, escapedPipes: escapedPipes)
            if replacement != nil && result == nil { result = Array(blocks[..<index]) }
            if let replacement {
                result!.append(contentsOf: replacement)
            } else {
                result?.append(block)
            }
        }
        return result
    }

    /// The blocks that replace `block`, or `nil` when it stays as it is.
    private static func apply(_ block: Block, escapedPipes: Bool) -> [Block]? {
        switch block {
        case .paragraph(let inlines, let location):
            // A table needs a `|` in plain text: most paragraphs are passed over at once.
            let candidate = inlines.contains(where: isPipeText)
            guard candidate || escapedPipes else { return nil }
            let blocks = candidate ? split(inlines, location) : [block]
            return escapedPipes ? blocks.map(unescape) : blocks
        case .blockQuote(let children):
            return tables(in: children, escapedPipes: escapedPipes).map { [.blockQuote($0)] }
        case .list(var list):
            guard let items = list.items.rewritten({ tables(in: $0, escapedPipes: escapedPipes) }) else { return nil }
            list.items = items
            return [.list(list)]
        case .heading(let level, let content, let id, let location) where escapedPipes:
            return [.heading(level: level, content: unescape(content, inCell: false), id: id, location)]
        case .code(let info, let text, let location) where escapedPipes:
            return [.code(info: info, text: restore(text, inCell: false) ?? text, location)]
        default:
            return nil
        }
    }

    private static func split(_ inlines: [Inline], _ location: SourceLocation) -> [Block] {
        let lines = lines(of: inlines)
        guard lines.count >= 2 else { return [.paragraph(inlines, location)] }
        for k in 0..<(lines.count - 1) {
            guard let alignments = delimiterRow(lines[k + 1]) else { continue }
            let header = cells(of: lines[k])
            guard header.count == alignments.count, lines[k].contains(where: isPipeText) || header.count > 1 else { continue }
            let rows = lines[(k + 2)...].map { row -> [[Inline]] in
                var cells = cells(of: row)
                if cells.count > alignments.count { cells.removeLast(cells.count - alignments.count) }
                while cells.count < alignments.count { cells.append([]) }
                return cells
            }
            let tableLocation = SourceLocation(line: location.line + k, column: location.column)
            var blocks: [Block] = []
            if k > 0 {
                blocks.append(.paragraph(Array(lines[0..<k].joined(separator: [.softBreak])), location))
            }
            blocks.append(.table(Table(alignments: alignments, header: header, rows: rows, location: tableLocation)))
            return blocks
        }
        return [.paragraph(inlines, location)]
    }

    private static func isPipeText(_ inline: Inline) -> Bool {
        if case .text(let s) = inline { return s.containsUTF8(UInt8(ascii: "|")) }
        return false
    }

    private static func lines(of inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            switch inline {
            case .softBreak, .lineBreak: lines.append([])
            default: lines[lines.count - 1].append(inline)
            }
        }
        return lines
    }

    /// The column alignments if `line` is a delimiter row.
    private static func delimiterRow(_ line: [Inline]) -> [Table.Alignment]? {
        var text = ""
        for inline in line {
            guard case .text(let s) = inline else { return nil }
            text += s
        }
        var trimmed = Substring(text.trimming(" \t"))
        guard trimmed.utf8.contains(UInt8(ascii: "-")) else { return nil }
        if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
        var result: [Table.Alignment] = []
        for cell in trimmed.split(separator: "|", omittingEmptySubsequences: false) {
            let c = cell.trimming(" \t")
            let left = c.hasPrefix(":")
            let right = c.hasSuffix(":")
            let dashes = c.dropFirst(left ? 1 : 0).dropLast(right && c.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// Splits a row into cells at `|` in plain text, dropping the optional outer pipes.
    private static func cells(of line: [Inline]) -> [[Inline]] {
        var cells: [[Inline]] = [[]]
        for inline in line {
            guard case .text(let s) = inline, s.containsUTF8(UInt8(ascii: "|")) else {
                cells[cells.count - 1].append(inline)
                continue
            }
            let parts = s.split(separator: "|", omittingEmptySubsequences: false)
            for (n, part) in parts.enumerated() {
                if n > 0 { cells.append([]) }
                if !part.isEmpty { cells[cells.count - 1].append(.text(String(part))) }
            }
        }
        for index in cells.indices { trim(&cells[index]) }
        if cells.count > 1, cells.first?.isEmpty == true, startsWithPipe(line) { cells.removeFirst() }
        if cells.count > 1, cells.last?.isEmpty == true, endsWithPipe(line) { cells.removeLast() }
        return cells.map { unescape($0, inCell: true) }
    }

    private static func startsWithPipe(_ line: [Inline]) -> Bool {
        if case .text(let s) = line.first { return s.drop(while: { $0 == " " }).hasPrefix("|") }
        return false
    }

    private static func endsWithPipe(_ line: [Inline]) -> Bool {
        if case .text(let s) = line.last { return s.last(where: { $0 != " " }) == "|" }
        return false
    }

    private static func trim(_ cell: inout [Inline]) {
        if case .text(let s) = cell.first {
            let t = String(s.drop(while: isBlank))
            if t.isEmpty { cell.removeFirst() } else { cell[0] = .text(t) }
        }
        if case .text(let s) = cell.last {
            let t = s.lastIndex(where: { !isBlank($0) }).map { String(s[...$0]) } ?? ""
            if t.isEmpty { cell.removeLast() } else { cell[cell.count - 1] = .text(t) }
        }
    }

    private static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" }

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
