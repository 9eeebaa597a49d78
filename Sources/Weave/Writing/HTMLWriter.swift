/// Writes a note's blocks as HTML, following the CommonMark reference renderer for Markdown and
/// adding math, tables, equation anchors and experiment results.
struct HTMLWriter {
    /// Typeset HTML for every formula of the note.
    var math: [MathKey: Result<String, MathError>]
    /// Drop raw HTML and unsafe URLs.
    var safe: Bool
    /// The language of weave's own words on the page.
    var words = PageWords.english

    /// The page body for `blocks` (a long note's blocks are written on several cores).
    func render(_ blocks: [Block]) -> String {
        let chunks = LargeStack.chunked(blocks, minimum: LargeStack.parallelBlocks) { chunk in
            var out = HTMLOutput()
            chunk.withUnsafeBufferPointer { chunk in
                for index in chunk.indices { render(chunk[index], into: &out, tight: false) }
            }
            return [out]
        }
        return HTMLOutput.string(joining: chunks)
    }

    private func render(_ block: Block, into out: inout HTMLOutput, tight: Bool) {
        switch block {
        case .paragraph(let inlines, _):
            if tight {
                render(inlines, into: &out)
                out += "\n"
            } else {
                out += "<p>"
                render(inlines, into: &out)
                out += "</p>\n"
            }
        case .heading(let level, let content, let id, _):
            out += "<h\(level) id=\""
            HTML.escape(id, into: &out)
            out += "\">"
            render(content, into: &out)
            out += "<a class=\"anchor\" href=\"#"
            HTML.escape(id, into: &out)
            out += "\" aria-label=\"\(words.linkToSection)\">#</a></h\(level)>\n"
        case .blockQuote(let children):
            if let (kind, content) = Self.callout(children) {
                out += "<div class=\"callout \(kind.lowercased())\" role=\"note\">\n<p class=\"callout-title\">"
                out += words.callout(kind)
                out += "</p>\n"
                for child in content { render(child, into: &out, tight: false) }
                out += "</div>\n"
                break
            }
            out += "<blockquote>\n"
            for child in children { render(child, into: &out, tight: false) }
            out += "</blockquote>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            // A list with item ids is a note's reference list.
            out += list.ids != nil ? "<\(tag) class=\"references\">\n" : list.ordered && list.start != 1 ? "<ol start=\"\(list.start)\">\n" : "<\(tag)>\n"
            for (n, item) in list.items.enumerated() {
                if let id = list.ids?[n] {
                    out += "<li id=\""
                    HTML.escape(id, into: &out)
                    out += "\">"
                } else {
                    out += "<li>"
                }
                if !list.tight || item.first.map(isParagraph) == false { out += "\n" }
                for child in item { render(child, into: &out, tight: list.tight) }
                if list.tight, item.last.map(isParagraph) == true { out.dropTrailingNewline() }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .code(let info, let text, _):
            out += CodeBlock.html(language: info.split(separator: " ").first.map(String.init) ?? "", code: text)
        case .experiment(let experiment):
            out += ExperimentView(experiment: experiment, words: words).html
        case .html(let html):
            out += safe ? "<!-- raw HTML omitted -->\n" : html
        case .thematicBreak:
            out += "<hr>\n"
        case .displayMath(let m):
            out += "<div class=\"equation\""
            if let label = m.labels.first {
                out += " id=\"eq-"
                HTML.escape(EquationNumbering.anchor(label), into: &out)
                out += "\""
            }
            out += ">"
            formula(m, into: &out)
            out += "</div>\n"
        case .table(let table):
            render(table, into: &out)
        }
    }

    /// The kinds of GitHub's alerts.
    private static let calloutKinds: Set<String> = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"]

    /// A block quote that is a GitHub alert — its first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
    /// `[!WARNING]` or `[!CAUTION]` alone (any case) — as its kind and its content without that
    /// line; `nil` for any other block quote.
    private static func callout(_ children: [Block]) -> (kind: String, content: [Block])? {
        guard case .paragraph(let inlines, let location)? = children.first else { return nil }
        var marker = ""
        var end = 0
        while end < inlines.count, case .text(let text) = inlines[end] {
            marker += text
            end += 1
        }
        guard marker.hasPrefix("[!"), marker.hasSuffix("]"), marker.count > 3 else { return nil }
        let kind = marker.dropFirst(2).dropLast().uppercased()
        guard calloutKinds.contains(kind) else { return nil }
        if end == inlines.count { return (kind, Array(children.dropFirst())) }
        guard inlines[end] == .softBreak || inlines[end] == .lineBreak else { return nil }
        return (kind, [.paragraph(Array(inlines[(end + 1)...]), location)] + children.dropFirst())
    }

    private func isParagraph(_ block: Block) -> Bool {
        if case .paragraph = block { return true }
        return false
    }

    private func render(_ table: Table, into out: inout HTMLOutput) {
        func align(_ a: Table.Alignment) -> String {
            switch a {
            case .none: return ""
            case .left: return " style=\"text-align: left\""
            case .center: return " style=\"text-align: center\""
            case .right: return " style=\"text-align: right\""
            }
        }
        out += "<div class=\"table-wrap\" tabindex=\"0\"><table"
        if let number = table.number { out += " id=\"table-\(number)\"" }
        out += ">\n"
        if let caption = table.caption {
            out += "<caption>"
            if let number = table.number { out += "<span class=\"table-number\">\(words.table(number)).</span> " }
            render(caption, into: &out)
            out += "</caption>\n"
        }
        out += "<thead>\n<tr>\n"
        for (cell, a) in zip(table.header, table.alignments) {
            out += "<th\(align(a))>"
            render(cell, into: &out)
            out += "</th>\n"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for (cell, a) in zip(row, table.alignments) {
                    out += "<td\(align(a))>"
                    render(cell, into: &out)
                    out += "</td>\n"
                }
                // The cells a short row lacks are one empty cell spanning them, so a page grows
                // with the note's text, not with rows × the header's columns.
                let missing = table.alignments.count - row.count
                if missing == 1 { out += "<td></td>\n" }
                if missing > 1 { out += "<td colspan=\"\(missing)\"></td>\n" }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>\n"
    }

    /// Inline content as HTML.
    func render(_ inlines: [Inline]) -> String {
        var out = HTMLOutput()
        render(inlines, into: &out)
        return out.string
    }

    /// Writes inline content. Punctuation right after inline math is kept on the formula's line
    /// (KaTeX's boxes would otherwise let a browser wrap before the full stop).
    private func render(_ inlines: [Inline], into out: inout HTMLOutput) {
        var index = 0
        while index < inlines.count {
            if case .math(let m) = inlines[index], !m.display, index + 1 < inlines.count,
                case .text(let next) = inlines[index + 1], let first = next.first, Self.trailingPunctuation.contains(first)
            {
                let punctuation = next.prefix { Self.trailingPunctuation.contains($0) }
                out += "<span class=\"nowrap\">"
                formula(m, into: &out)
                HTML.escape(String(punctuation), into: &out)
                out += "</span>"
                render(.text(String(next.dropFirst(punctuation.count))), into: &out)
                index += 2
                continue
            }
            render(inlines[index], into: &out)
            index += 1
        }
    }

    /// Characters that must not start a line after a formula.
    private static let trailingPunctuation: Set<Character> = [
        ".", ",", ";", ":", "!", "?", ")", "]", "'", "\"",
        // Full-width marks and closing brackets and quotes, which Chinese and Japanese never begin a line with.
        "，", "。", "；", "：", "、", "！", "？", "）", "】", "」", "』", "》", "〉", "”", "’",
    ]

    private func render(_ inline: Inline, into out: inout HTMLOutput) {
        switch inline {
        case .text(let s): HTML.escape(s, into: &out)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let s, _):
            out += "<code>"
            HTML.escape(s, into: &out)
            out += "</code>"
        case .emphasis(let c):
            out += "<em>"
            render(c, into: &out)
            out += "</em>"
        case .strong(let c):
            out += "<strong>"
            render(c, into: &out)
            out += "</strong>"
        case .link(let destination, let title, let content):
            out += "<a href=\""
            if !safe || HTML.isSafe(url: destination, image: false) { out += HTML.url(destination) }
            out += "\""
            titleAttribute(title, into: &out)
            out += ">"
            render(content, into: &out)
            out += "</a>"
        case .image(let source, let title, let alt):
            out += "<img src=\""
            if !safe || HTML.isSafe(url: source, image: true) { out += HTML.url(source) }
            out += "\" alt=\""
            HTML.escape(alt.plainText, into: &out)
            out += "\""
            titleAttribute(title, into: &out)
            out += ">"
        case .html(let html): out += safe ? "<!-- raw HTML omitted -->" : html
        case .math(let m): formula(m, into: &out)
        case .reference(_, let text, let href):
            out += "<a class=\"ref\" href=\""
            HTML.escape(href, into: &out)
            out += "\">"
            HTML.escape(text ?? "??", into: &out)
            out += "</a>"
        case .value(let v):
            out += "<span class=\"value\">"
            HTML.escape(v, into: &out)
            out += "</span>"
        case .failure(let message):
            out += "<span class=\"value error\" title=\""
            HTML.escape(message, into: &out)
            out += "\">⚠ "
            HTML.escape(message, into: &out)
            out += "</span>"
        }
    }

    /// ` title="…"` for a link's or image's title, nothing when it has none.
    private func titleAttribute(_ title: String, into out: inout HTMLOutput) {
        guard !title.isEmpty else { return }
        out += " title=\""
        HTML.escape(title, into: &out)
        out += "\""
    }

    private func formula(_ m: Math, into out: inout HTMLOutput) {
        out += m.display ? "<span tabindex=\"0\" class=\"math display" : "<span class=\"math inline"
        switch math[MathKey(tex: m.tex, display: m.display)] {
        case .success(let html)?:
            out += "\">"
            out += html
        case .failure(let error)?:
            out += " math-error\" title=\""
            HTML.escape(error.message, into: &out)
            out += "\"><code>"
            HTML.escape(m.tex, into: &out)
            out += "</code>"
        case nil:
            out += "\"><code>"
            HTML.escape(m.tex, into: &out)
            out += "</code>"
        }
        out += "</span>"
    }
}
