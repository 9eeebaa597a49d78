import SwiftSyntax

/// A static pass that rejects Swift outside the experiment subset, at its location,
/// before anything compiles or runs.
///
/// The compiler rejects whatever it cannot translate as well; this pass names whole
/// families of declarations and effects up front, with clear messages.
final class Checker: SyntaxVisitor {
    private let converter: SourceLocationConverter
    private var found: InterpreterError?
    /// Modules a block may import; importing them is a no-op.
    static let importable: Set<String> = ["Foundation", "Optim", "Figures"]

    /// A checker for one block.
    init(converter: SourceLocationConverter) {
        self.converter = converter
        super.init(viewMode: .sourceAccurate)
    }

    /// The first unsupported construct in `tree`, if any.
    static func firstViolation(in tree: SourceFileSyntax, converter: SourceLocationConverter) -> InterpreterError? {
        let checker = Checker(converter: converter)
        checker.walk(tree)
        return checker.found
    }

    private func reject(_ node: some SyntaxProtocol, _ what: String) -> SyntaxVisitorContinueKind {
        if found == nil {
            let l = converter.location(for: node.positionAfterSkippingLeadingTrivia)
            found = InterpreterError(message: "not supported in experiment blocks: \(what)",
                                     at: SourcePoint(line: l.line, column: l.column))
        }
        return .skipChildren
    }

    override func visit(_ node: DeinitializerDeclSyntax) -> SyntaxVisitorContinueKind {
        reject(node, "deinitializers ('deinit'); an instance here is freed with its last reference, and no code runs then")
    }
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { reject(node, "actors") }
    override func visit(_ node: MacroExpansionDeclSyntax) -> SyntaxVisitorContinueKind { reject(node, "macros") }
    override func visit(_ node: MacroExpansionExprSyntax) -> SyntaxVisitorContinueKind { reject(node, "macros") }
    override func visit(_ node: IfConfigDeclSyntax) -> SyntaxVisitorContinueKind { reject(node, "conditional compilation") }
    /// Attributes weave follows (`@autoclosure`) or that change nothing a block prints: how the
    /// compiler warns, inlines or checks.
    static let acceptedAttributes: Set<String> = [
        "autoclosure", "escaping", "discardableResult", "inlinable", "inline", "usableFromInline", "frozen", "available", "Sendable",
        "unknown",
    ]
    override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
        let name = node.attributeName.trimmedDescription
        return Self.acceptedAttributes.contains(name) ? .skipChildren : reject(node, "the attribute '@\(name)'")
    }
    override func visit(_ node: AwaitExprSyntax) -> SyntaxVisitorContinueKind { reject(node, "'await' and concurrency") }
    override func visit(_ node: AttributedTypeSyntax) -> SyntaxVisitorContinueKind {
        node.specifiers.isEmpty || node.specifiers.trimmedDescription == "inout"
            ? .visitChildren : reject(node, "'\(node.specifiers.trimmedDescription)' parameters")
    }

    override func visit(_ node: RegexLiteralExprSyntax) -> SyntaxVisitorContinueKind { reject(node, "regex literals") }
    override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
        Self.importable.contains(node.path.trimmedDescription) ? .skipChildren
            : reject(node, "importing '\(node.path.trimmedDescription)'")
    }
}
