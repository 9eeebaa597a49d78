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

    /// The syntax tree of `source`, parsed with the fixed nesting limit. Callers that parse blocks
    /// themselves (to highlight them, say) use this, and pass the tree to `Session.run`.
    public static func tree(_ source: String) -> SourceFileSyntax {
        var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
        return SourceFileSyntax.parse(from: &parser)
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
        let tree = given ?? Self.tree(source)
        let converter = SourceLocationConverter(fileName: "block", tree: tree)
        // The generator walks the whole tree; a tree without missing or unexpected parts has
        // nothing for it to report.
        let found = tree.hasError ? ParseDiagnosticsGenerator.diagnostics(for: tree) : []
        let errors = found.filter { $0.diagMessage.severity == .error }.map { d in
            let l = d.location(converter: converter)
            return BlockDiagnostic(line: l.line, column: l.column, message: d.message, isError: true)
        }
        return Parsed(tree: tree, converter: converter, errors: errors)
    }
}
