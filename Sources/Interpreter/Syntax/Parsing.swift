import SwiftDiagnostics
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Parses a block with SwiftParser and turns swift-syntax's diagnostics into block diagnostics.
public enum Parsing {
    /// How deeply a block's code may nest. SwiftParser's default is 20 in debug builds and 256 in
    /// release builds (debug parsing uses more stack); weave parses on large-stack threads and
    /// fixes the limit, so a note parses the same whichever way weave was built.
    public static let maximumNestingLevel = 256

    /// The longest run of `[` (with only white space between) that a block may hold. SwiftParser
    /// tries each `[` as the start of a type and of an expression, so its time doubles with every
    /// `[` of a run: 20 take minutes. Eight are more than any array literal or type needs.
    public static let maximumBracketRun = 8

    /// The syntax tree of `source`, parsed with the fixed nesting limit. Callers that parse blocks
    /// themselves (to highlight them, say) use this, and pass the tree to `Session.run`; they call
    /// ``refusal(_:)`` first.
    public static func tree(_ source: String) -> SourceFileSyntax {
        var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
        return SourceFileSyntax.parse(from: &parser)
    }

    /// Why `source` must not be handed to SwiftParser at all (see ``maximumBracketRun``), located
    /// at the first `[` past the limit; nil for ordinary code. String literals and comments are
    /// skipped; the scan is one pass over the bytes.
    public static func refusal(_ source: String) -> BlockDiagnostic? {
        var run = 0
        var line = 1
        var lineStart = 0
        var bytes = source.utf8[...]
        var offset = 0
        func next() -> UInt8? {
            guard let b = bytes.popFirst() else { return nil }
            offset += 1
            if b == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset
            }
            return b
        }
        while let b = next() {
            switch b {
            case UInt8(ascii: "["):
                run += 1
                if run > maximumBracketRun {
                    return BlockDiagnostic(
                        line: line, column: offset - lineStart,
                        message: "more than \(maximumBracketRun) consecutive '[': nest array literals and types at most \(maximumBracketRun) deep (deeper runs make Swift's parser take exponential time)",
                        isError: true)
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "\""):
                run = 0
                var escaped = false
                while let c = next(), escaped || c != UInt8(ascii: "\"") { escaped = !escaped && c == UInt8(ascii: "\\") }
            case UInt8(ascii: "/") where bytes.first == UInt8(ascii: "/"):
                while let c = next(), c != UInt8(ascii: "\n") {}
            case UInt8(ascii: "/") where bytes.first == UInt8(ascii: "*"):
                _ = next()
                var previous: UInt8 = 0
                while let c = next(), !(previous == UInt8(ascii: "*") && c == UInt8(ascii: "/")) { previous = c }
            default:
                run = 0
            }
        }
        return nil
    }

    /// A parsed block: its tree, a position converter, and its syntax errors (empty if none).
    struct Parsed {
        /// The syntax tree.
        var tree: SourceFileSyntax
        /// Maps positions to lines and columns within the block.
        var converter: SourceLocationConverter
        /// Syntax errors, as swift-syntax reports them.
        var errors: [BlockDiagnostic]
    }

    /// Parses `source` as a Swift file, or takes `tree` when the caller already parsed it.
    static func parse(_ source: String, tree given: SourceFileSyntax? = nil) -> Parsed {
        if given == nil, let refusal = refusal(source) {
            let empty = SourceFileSyntax(statements: [])
            return Parsed(tree: empty, converter: SourceLocationConverter(fileName: "block", tree: empty), errors: [refusal])
        }
        let tree = given ?? Self.tree(source)
        let converter = SourceLocationConverter(fileName: "block", tree: tree)
        // The generator walks the whole tree; a tree without missing or unexpected parts has
        // nothing for it to report. Recovery can report one error many times at one place (each
        // unclosed bracket of a run, say); the first says it.
        guard tree.hasError else { return Parsed(tree: tree, converter: converter, errors: []) }
        if let uneven = unevenEquals(in: tree, converter: converter) {
            return Parsed(tree: tree, converter: converter, errors: [uneven])
        }
        let found = ParseDiagnosticsGenerator.diagnostics(for: tree)
        var places = Set<Int>()
        let errors = found.filter { $0.diagMessage.severity == .error }.compactMap { d -> BlockDiagnostic? in
            let l = d.location(converter: converter)
            guard places.insert(l.offset).inserted else { return nil }
            return BlockDiagnostic(line: l.line, column: l.column, message: d.message, isError: true)
        }
        return Parsed(tree: tree, converter: converter, errors: errors)
    }

    /// The error for an `=` that swift-syntax's diagnostics generator would trap on (found by
    /// fuzzing): the lexer flags `=` with white space on one side only, and the generator's Fix-It
    /// adds the missing side; where recovery left white space on both sides in the tree (after an
    /// unreadable character, say), the Fix-It has no change and swift-syntax stops the process.
    /// Such a block gets this one error, located at the `=`.
    private static func unevenEquals(in tree: SourceFileSyntax, converter: SourceLocationConverter) -> BlockDiagnostic? {
        func spaced(_ trivia: Trivia?) -> Bool {
            trivia?.contains { if case .spaces = $0 { true } else if case .tabs = $0 { true } else { false } } ?? false
        }
        for token in tree.tokens(viewMode: .sourceAccurate)
        where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides
            && spaced(token.previousToken(viewMode: .all)?.trailingTrivia) && spaced(token.trailingTrivia) {
            let l = converter.location(for: token.positionAfterSkippingLeadingTrivia)
            return BlockDiagnostic(line: l.line, column: l.column, message: "'=' must have consistent whitespace on both sides", isError: true)
        }
        return nil
    }
}
