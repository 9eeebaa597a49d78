import SwiftIDEUtils
import SwiftSyntax

/// What a token is, for highlighting: the classes of swift-syntax's classifier that a page shows
/// in colour. The raw values are the CSS classes of weave's stylesheet.
public enum TokenStyle: String, Codable, Sendable {
    case keyword = "kw"
    case attribute = "at"
    case comment = "cm"
    case number = "nu"
    case string = "st"
    case type = "ty"
    case label = "lb"
    case `operator` = "op"
}

/// A styled stretch of a block's source, in UTF-8 offsets.
public struct StyledRange: Codable, Sendable, Equatable {
    /// The first byte.
    public var start: Int
    /// The byte after the last.
    public var end: Int
    /// What the tokens there are.
    public var style: TokenStyle
}

extension Parsing {
    /// The styled ranges of `source` (parsed as `tree`), in order and not overlapping; the rest of
    /// the source is plain.
    public static func styles(of tree: SourceFileSyntax, source: String) -> [StyledRange] {
        let bytes = Array(source.utf8)
        var ranges: [StyledRange] = []
        var position = 0
        for range in tree.classifications {
            let start = range.range.lowerBound.utf8Offset
            let end = min(range.range.upperBound.utf8Offset, bytes.count)
            guard start >= position, end > start else { continue }
            position = end
            let uppercase = { String(decoding: bytes[start..<end], as: UTF8.self).first?.isUppercase == true }
            if range.kind == .argumentLabel, isSubscriptParameterName(tree, at: start) { continue }
            if let style = style(range.kind, startsUppercase: uppercase) {
                ranges.append(StyledRange(start: start, end: end, style: style))
            }
        }
        return ranges
    }

    /// Whether the token at `offset` is a subscript's parameter written with one name
    /// (`subscript(row: Int)`), which is no argument label: Swift calls it `m[i]`.
    private static func isSubscriptParameterName(_ tree: SourceFileSyntax, at offset: Int) -> Bool {
        guard let token = tree.token(at: AbsolutePosition(utf8Offset: offset)),
              let parameter = token.parent?.as(FunctionParameterSyntax.self), parameter.firstName == token, parameter.secondName == nil
        else { return false }
        return parameter.parent?.parent?.parent?.is(SubscriptDeclSyntax.self) == true
    }

    private static func style(_ kind: SyntaxClassification, startsUppercase: () -> Bool) -> TokenStyle? {
        switch kind {
        case .keyword, .ifConfigDirective: .keyword
        case .attribute: .attribute
        case .blockComment, .lineComment, .docBlockComment, .docLineComment: .comment
        case .integerLiteral, .floatLiteral: .number
        case .stringLiteral, .regexLiteral: .string
        case .type: .type
        // Calls of initialisers such as `SGD(lr: 0.1)` read as types, as Xcode shows them.
        case .identifier, .dollarIdentifier: startsUppercase() ? .type : nil
        case .argumentLabel: .label
        case .operator: .operator
        case .editorPlaceholder, .none: nil
        }
    }
}
