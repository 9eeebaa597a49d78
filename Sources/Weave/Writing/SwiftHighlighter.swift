import Interpreter
import Synchronization

/// Highlights Swift at weave time from swift-syntax's classifier, so pages need no JavaScript
/// highlighter. Each styled range becomes a `<span class="…">`; the CSS maps classes to colours
/// for light and dark mode. Experiment blocks are classified by the worker that runs them, from
/// the tree it parsed to run them; other Swift listings are parsed here.
enum SwiftHighlighter {
    /// The code as escaped HTML with highlighting spans. A process that builds again and again
    /// (`weave preview`) parses each listing once: the result depends on the code alone.
    static func highlight(_ code: String) -> String {
        if let known = highlighted.withLock({ $0[code] }) { return known }
        // Code the parser must not see (see `Parsing.refusal`) is shown plain.
        let html = Parsing.refusal(code) != nil
            ? HTML.escape(code) : render(code, styles: Parsing.styles(of: Parsing.tree(code), source: code))
        highlighted.withLock { memo in
            if memo.count >= highlightedLimit { memo.removeAll(keepingCapacity: true) }
            memo[code] = html
        }
        return html
    }

    /// Listings highlighted so far in this process, by their code; past ``highlightedLimit``
    /// entries it starts afresh, so an editing session's old versions do not pile up.
    private static let highlighted = Mutex<[String: String]>([:])
    private static let highlightedLimit = 10_000

    /// The code as escaped HTML with a span for each of `styles` (from `Parsing.styles`).
    static func render(_ code: String, styles: [StyledRange]) -> String {
        let bytes = Array(code.utf8)
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        var position = 0
        for range in styles where range.start >= position && range.end <= bytes.count && range.end > range.start {
            if range.start > position { out += HTML.escape(String(decoding: bytes[position..<range.start], as: UTF8.self)) }
            let text = String(decoding: bytes[range.start..<range.end], as: UTF8.self)
            out += "<span class=\"\(range.style.rawValue)\">\(HTML.escape(text))</span>"
            position = range.end
        }
        if position < bytes.count { out += HTML.escape(String(decoding: bytes[position...], as: UTF8.self)) }
        return out
    }
}
