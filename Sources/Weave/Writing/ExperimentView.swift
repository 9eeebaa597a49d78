/// How an experiment appears on the page: its highlighted source (unless hidden), then what it
/// produced; check blocks appear as a card with a pass/fail mark, the measured discrepancy and the
/// source folded away.
struct ExperimentView {
    let experiment: Experiment
    /// The language of the card's and captions' own words.
    let words: PageWords

    /// The experiment's HTML.
    var html: String {
        let e = experiment
        let anchor = e.id.map { " id=\"\(HTML.escape($0))\"" } ?? ""
        var code: String {
            e.highlighted.map { CodeBlock.html(language: "swift", highlighted: $0) } ?? CodeBlock.html(language: "swift", code: e.source)
        }
        if e.mode == .check { return checkCard(anchor: anchor, code: code) }
        let visible = e.result.map { !$0.outputs.isEmpty || !$0.errors.isEmpty } ?? false
        if e.hidden && !visible { return e.id.map { "<div id=\"\(HTML.escape($0))\"></div>\n" } ?? "" }
        var classes = "experiment"
        if e.result?.passed == false { classes += " failed" }
        var out = "<figure class=\"\(classes)\"\(anchor)>\n"
        if let title = e.title { out += "<figcaption>\(HTML.escape(title))</figcaption>\n" }
        if !e.hidden && !e.folded { out += code }
        if let result = e.result { out += outputs(result) }
        if !e.hidden && e.folded { out += sourceFold(code) }
        return out + "</figure>\n"
    }

    private func checkCard(anchor: String, code: String) -> String {
        let e = experiment
        let state = e.noRun ? "skipped" : e.result?.passed == true ? "passed" : e.result == nil ? "pending" : "failed"
        let mark = ["passed": "✓", "failed": "✗", "skipped": "–", "pending": "…"][state] ?? ""
        var out = "<figure class=\"check \(state)\"\(anchor)>\n<div class=\"check-head\"><span class=\"mark\" aria-label=\"\(words.checkState(state))\">\(mark)</span>"
        if let number = e.number { out += "<span class=\"check-number\">\(words.checkNumber(number))</span>" }
        out += "<span class=\"check-title\">\(HTML.escape(e.title ?? words.check))</span></div>\n"
        if let result = e.result {
            if !result.checks.isEmpty { out += expectations(result.checks) }
            out += outputs(result)
        }
        out += sourceFold(code)
        return out + "</figure>\n"
    }

    /// The source folded away under a "Source" summary, opened on demand.
    private func sourceFold(_ code: String) -> String {
        "<details class=\"source\"><summary>\(words.source)</summary>\n\(code)</details>\n"
    }

    /// The card's list of expectations. The outcomes of one `expect` that ran several times (in a
    /// loop) make one line, "58 of 60 expectations hold" with the worst discrepancy, that unfolds
    /// to all of them; it starts unfolded when one failed.
    private func expectations(_ checks: [CheckOutcome]) -> String {
        var groups: [[CheckOutcome]] = []
        var groupAt: [SourceLocation: Int] = [:]
        for check in checks {
            if let at = groupAt[check.location] {
                groups[at].append(check)
            } else {
                groupAt[check.location] = groups.count
                groups.append([check])
            }
        }
        var out = "<ul class=\"expectations\">\n"
        for group in groups {
            guard group.count > 1 else {
                out += "<li class=\"\(group[0].passed ? "ok" : "bad")\">" + expectation(group[0]) + "</li>\n"
                continue
            }
            let held = group.count { $0.passed }
            let passed = held == group.count
            out += "<li class=\"\(passed ? "ok" : "bad")\"><details\(passed ? "" : " open")><summary>\(passed ? "✓" : "✗") "
            out += words.expectationsHold(held, of: group.count)
            if Set(group.map(\.message)).count == 1 { out += words.colon + HTML.escape(group[0].message) }
            if let worst = group.compactMap({ c in Self.discrepancy(c).map { (c, $0) } }).max(by: { $0.1 < $1.1 })?.0, let detail = worst.detail {
                out += " <span class=\"detail\">\(words.worst) \(HTML.escape(detail))</span>"
            }
            out += "</summary>\n<ul class=\"expectations\">\n"
            for check in group { out += "<li class=\"\(check.passed ? "ok" : "bad")\">" + expectation(check) + "</li>\n" }
            out += "</ul></details></li>\n"
        }
        return out + "</ul>\n"
    }

    /// One expectation's mark, message and measured discrepancy.
    private func expectation(_ check: CheckOutcome) -> String {
        var out = "\(check.passed ? "✓" : "✗") \(HTML.escape(check.message))"
        if let detail = check.detail { out += " <span class=\"detail\">\(HTML.escape(detail))</span>" }
        return out
    }

    /// The number a check's detail reports (`max |Δ| = 2.2e-16` → 2.2e-16), to find the worst of
    /// a group; `nil` when the detail holds none (`shapes differ`, or no detail).
    private static func discrepancy(_ check: CheckOutcome) -> Double? {
        check.detail?.split(separator: " ").last.flatMap { Double($0) }
    }

    private func outputs(_ result: ExperimentResult) -> String {
        var out = ""
        var text = ""
        // A numbered block's first table carries the number.
        var tableNumber = experiment.mode == .check ? nil : experiment.number
        func flushText() {
            if !text.isEmpty { out += "<pre class=\"output\" tabindex=\"0\">\(HTML.escape(text))</pre>\n" }
            text = ""
        }
        for output in result.outputs {
            switch output {
            case .text(let s):
                text += s
            case .value(let s):
                flushText()
                out += "<pre class=\"output value\" tabindex=\"0\">\(HTML.escape(s))</pre>\n"
            case .table(let header, let rows, let caption):
                flushText()
                out += "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"result\""
                if let number = tableNumber {
                    // Numbered as pipe tables are: "Table 2." before the caption.
                    out += " id=\"table-\(number)\"><caption><span class=\"table-number\">\(words.table(number))"
                    out += caption.map { ".</span> \(HTML.escape($0))" } ?? "</span>"
                    out += "</caption>\n"
                    tableNumber = nil
                } else {
                    out += ">\n"
                    if let caption { out += "<caption>\(HTML.escape(caption))</caption>\n" }
                }
                out += "<thead><tr>"
                out += header.map { "<th>\(HTML.escape($0))</th>" }.joined()
                out += "</tr></thead>\n<tbody>\n"
                for row in rows { out += "<tr>" + row.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n" }
                out += "</tbody></table></div>\n"
            case .figure(let svg, _, let caption, let number):
                // The SVG draws its title; a caption line numbers the figure and explains it. A
                // figure without a caption gets no bare "Figure n." line: its number stays in its
                // id (for `\ref`) and its accessible name.
                flushText()
                out += "<figure class=\"plot\""
                if let number { out += " id=\"figure-\(number)\"" + (caption == nil ? " aria-label=\"\(words.figureName(number))\"" : "") }
                out += ">"
                out += "<div class=\"plot-scroll\" tabindex=\"0\">\(svg)</div>"
                if let caption {
                    let label = number.map { "<span class=\"figure-number\">\(words.figure($0))</span> " } ?? ""
                    out += "<figcaption>\(label)\(HTML.escape(caption))</figcaption>"
                }
                out += "</figure>\n"
            }
        }
        flushText()
        for error in result.errors { out += "<pre class=\"output error\" tabindex=\"0\">\(HTML.escape(error))</pre>\n" }
        return out
    }
}
