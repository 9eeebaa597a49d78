/// Writes a note's blocks as HTML, following the CommonMark reference renderer for Markdown and
/// adding math, tables, equation anchors and experiment results.
struct HTMLWriter {
    /// Typeset HTML for every formula of the note.
    var math: [MathKey: Result<String, MathError>]
    /// Drop raw HTML and unsafe URLs.
    var safe: Bool

    /// The page body for `blocks`.
    func render(_ blocks: [Block]) -> String {
        var out = ""
        for block in blocks { render(block, into: &out, tight: false) }
        return out
    }

    private func render(_ block: Block, into out: inout String, tight: Bool) {
        switch block {
        case .paragraph(let inlines, _):
            if tight {
                out += render(inlines)
                out += "\n"
            } else {
                out += "<p>\(render(inlines))</p>\n"
            }
        case .heading(let level, let content, let id, _):
            out += "<h\(level) id=\"\(HTML.escape(id))\">\(render(content))"
            out += "<a class=\"anchor\" href=\"#\(HTML.escape(id))\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        case .blockQuote(let children):
            out += "<blockquote>\n"
            for child in children { render(child, into: &out, tight: false) }
            out += "</blockquote>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            out += list.ordered && list.start != 1 ? "<ol start=\"\(list.start)\">\n" : "<\(tag)>\n"
            for item in list.items {
                out += "<li>"
                if !list.tight || item.first.map(isParagraph) == false { out += "\n" }
                for child in item { render(child, into: &out, tight: list.tight) }
                if list.tight, out.hasSuffix("\n"), item.last.map(isParagraph) == true { out.removeLast() }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .code(let info, let text, _):
            out += CodeBlock.html(language: info.split(separator: " ").first.map(String.init) ?? "", code: text)
        case .experiment(let experiment):
            out += ExperimentView(experiment: experiment).html
        case .html(let html):
            out += safe ? "<!-- raw HTML omitted -->\n" : html
        case .thematicBreak:
            out += "<hr>\n"
        case .displayMath(let m):
            let id = m.labels.first.map { " id=\"eq-\(HTML.escape(EquationNumbering.anchor($0)))\"" } ?? ""
            out += "<div class=\"equation\"\(id)>\(formula(m))</div>\n"
        case .table(let table):
            out += renderTable(table)
        }
    }

    private func isParagraph(_ block: Block) -> Bool {
        if case .paragraph = block { return true }
        return false
    }

    private func renderTable(_ table: Table) -> String {
        func align(_ a: Table.Alignment) -> String {
            switch a {
            case .none: return ""
            case .left: return " style=\"text-align: left\""
            case .center: return " style=\"text-align: center\""
            case .right: return " style=\"text-align: right\""
            }
        }
        var out = "<div class=\"table-wrap\"><table>\n<thead>\n<tr>\n"
        for (cell, a) in zip(table.header, table.alignments) { out += "<th\(align(a))>\(render(cell))</th>\n" }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for (cell, a) in zip(row, table.alignments) { out += "<td\(align(a))>\(render(cell))</td>\n" }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        return out + "</table></div>\n"
    }

    /// Inline content as HTML. Punctuation right after inline math is kept on the formula's line
    /// (KaTeX's boxes would otherwise let a browser wrap before the full stop).
    func render(_ inlines: [Inline]) -> String {
        var out = ""
        var index = 0
        while index < inlines.count {
            if case .math(let m) = inlines[index], !m.display, index + 1 < inlines.count,
                case .text(let next) = inlines[index + 1], let first = next.first, Self.trailingPunctuation.contains(first)
            {
                let punctuation = next.prefix { Self.trailingPunctuation.contains($0) }
                out += "<span class=\"nowrap\">\(formula(m))\(HTML.escape(String(punctuation)))</span>"
                render(.text(String(next.dropFirst(punctuation.count))), into: &out)
                index += 2
                continue
            }
            render(inlines[index], into: &out)
            index += 1
        }
        return out
    }

    /// Characters that must not start a line after a formula.
    private static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "，", "。", "；", "：", "、", "）"]

    private func render(_ inline: Inline, into out: inout String) {
        switch inline {
        case .text(let s): out += HTML.escape(s)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let s, _): out += "<code>\(HTML.escape(s))</code>"
        case .emphasis(let c): out += "<em>\(render(c))</em>"
        case .strong(let c): out += "<strong>\(render(c))</strong>"
        case .link(let destination, let title, let content):
            let href = safe && !HTML.isSafe(url: destination, image: false) ? "" : HTML.url(destination)
            out += "<a href=\"\(href)\"" + (title.isEmpty ? "" : " title=\"\(HTML.escape(title))\"") + ">\(render(content))</a>"
        case .image(let source, let title, let alt):
            let src = safe && !HTML.isSafe(url: source, image: true) ? "" : HTML.url(source)
            out += "<img src=\"\(src)\" alt=\"\(HTML.escape(alt.plainText))\""
            out += (title.isEmpty ? "" : " title=\"\(HTML.escape(title))\"") + ">"
        case .html(let html): out += safe ? "<!-- raw HTML omitted -->" : html
        case .math(let m): out += formula(m)
        case .reference(_, let text, let anchor):
            out += "<a class=\"ref\" href=\"#\(HTML.escape(anchor))\">\(HTML.escape(text ?? "??"))</a>"
        case .value(let v): out += "<span class=\"value\">\(HTML.escape(v))</span>"
        case .failure(let message): out += "<span class=\"value error\" title=\"\(HTML.escape(message))\">⚠ \(HTML.escape(message))</span>"
        }
    }

    private func formula(_ m: Math) -> String {
        let style = m.display ? "display" : "inline"
        switch math[MathKey(tex: m.tex, display: m.display)] {
        case .success(let html)?:
            return "<span class=\"math \(style)\">\(html)</span>"
        case .failure(let error)?:
            return "<span class=\"math \(style) math-error\" title=\"\(HTML.escape(error.message))\"><code>\(HTML.escape(m.tex))</code></span>"
        case nil:
            return "<span class=\"math \(style)\"><code>\(HTML.escape(m.tex))</code></span>"
        }
    }
}
