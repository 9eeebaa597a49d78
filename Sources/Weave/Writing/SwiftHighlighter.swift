import SwiftIDEUtils
import Interpreter
import SwiftSyntax

/// Highlights Swift at weave time with swift-syntax's classifier, so pages need no JavaScript
/// highlighter. Each classified range becomes a `<span class="…">`; the CSS maps classes to
/// colours for light and dark mode.
enum SwiftHighlighter {
    /// The code as escaped HTML with highlighting spans.
    static func highlight(_ code: String) -> String {
        // Code the parser must not see (see `Parsing.refusal`) is shown plain.
        if Parsing.refusal(code) != nil { return HTML.escape(code) }
        return highlight(code, tree: Parsing.tree(code))
    }

    /// The same, from a tree the caller already parsed from `code`.
    static func highlight(_ code: String, tree: SourceFileSyntax) -> String {
        let bytes = Array(code.utf8)
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        var position = 0
        for range in tree.classifications {
            let start = range.range.lowerBound.utf8Offset
            let end = min(range.range.upperBound.utf8Offset, bytes.count)
            guard start >= position, end > start else { continue }
            if start > position { out += HTML.escape(String(decoding: bytes[position..<start], as: UTF8.self)) }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if let cls = cssClass(range.kind, text) {
                out += "<span class=\"\(cls)\">\(HTML.escape(text))</span>"
            } else {
                out += HTML.escape(text)
            }
            position = end
        }
        if position < bytes.count { out += HTML.escape(String(decoding: bytes[position...], as: UTF8.self)) }
        return out
    }

    private static func cssClass(_ kind: SyntaxClassification, _ text: String) -> String? {
        switch kind {
        case .keyword, .ifConfigDirective: return "kw"
        case .attribute: return "at"
        case .blockComment, .lineComment, .docBlockComment, .docLineComment: return "cm"
        case .integerLiteral, .floatLiteral: return "nu"
        case .stringLiteral, .regexLiteral: return "st"
        case .type: return "ty"
        case .identifier, .dollarIdentifier:
            // Calls of initialisers such as `SGD(lr: 0.1)` read as types, as Xcode shows them.
            return text.first?.isUppercase == true ? "ty" : nil
        case .argumentLabel: return "lb"
        case .operator: return "op"
        case .editorPlaceholder, .none: return nil
        }
    }
}
