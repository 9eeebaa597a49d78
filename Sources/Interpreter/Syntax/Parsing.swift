import SwiftDiagnostics
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Parses a block with SwiftParser and turns swift-syntax's diagnostics into block diagnostics.
enum Parsing {
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
        let tree = given ?? Parser.parse(source: source)
        let converter = SourceLocationConverter(fileName: "block", tree: tree)
        let errors = ParseDiagnosticsGenerator.diagnostics(for: tree)
            .filter { $0.diagMessage.severity == .error }
            .map { d in
                let l = d.location(converter: converter)
                return BlockDiagnostic(line: l.line, column: l.column, message: d.message, isError: true)
            }
        return Parsed(tree: tree, converter: converter, errors: errors)
    }
}
