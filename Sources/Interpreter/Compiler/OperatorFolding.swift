import SwiftSyntax

/// An infix expression tree folded from swift-syntax's flat `SequenceExprSyntax`.
///
/// The parser leaves `a + b * c` as a flat list; Swift's precedence groups decide the tree.
/// Folding here keeps the interpreter free of the SwiftOperators module.
indirect enum Folded {
    /// An operand.
    case leaf(ExprSyntax)
    /// `lhs op rhs`, where `op` is the operator's text (`=` for assignment).
    case infix(op: String, opNode: Syntax, lhs: Folded, rhs: Folded)
    /// `condition ? then : otherwise`.
    case ternary(condition: Folded, then: ExprSyntax, otherwise: Folded, node: Syntax)
}

/// Swift's standard precedence groups, highest binding first, with associativity.
enum Precedence {
    /// Binding power and right-associativity of an infix operator, nil if unknown.
    static func of(_ op: String) -> (power: Int, right: Bool)? {
        switch op {
        case "<<", ">>": (10, false)
        case "*", "/", "%", "&*", "&": (9, false)
        case "+", "-", "&+", "&-", "|", "^": (8, false)
        case "..<", "...": (7, false)
        case "is", "as", "as?", "as!": (6, false)
        case "??": (5, true)
        case "==", "!=", "<", "<=", ">", ">=", "===", "!==": (4, false)
        case "&&": (3, false)
        case "||": (2, false)
        case "?:": (1, true)
        case "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=": (0, true)
        default: nil
        }
    }

    /// Folds a sequence expression by precedence climbing.
    static func fold(_ sequence: SequenceExprSyntax) throws -> Folded {
        var items = Array(sequence.elements)
        var position = 0
        return try climb(&items, &position, minimum: 0)
    }

    private static func operatorText(_ e: ExprSyntax) -> String? {
        if let b = e.as(BinaryOperatorExprSyntax.self) { return b.operator.text }
        if e.is(AssignmentExprSyntax.self) { return "=" }
        if e.is(UnresolvedTernaryExprSyntax.self) { return "?:" }
        if let c = e.as(UnresolvedAsExprSyntax.self) { return "as" + (c.questionOrExclamationMark?.text ?? "") }
        if e.is(UnresolvedIsExprSyntax.self) { return "is" }
        return nil
    }

    private static func climb(_ items: inout [ExprSyntax], _ i: inout Int, minimum: Int) throws -> Folded {
        var lhs = Folded.leaf(items[i])
        i += 1
        while i < items.count {
            let opNode = items[i]
            guard let op = operatorText(opNode) else {
                throw UnsupportedNode(node: Syntax(opNode), what: "'\(opNode.trimmedDescription)'")
            }
            guard let (power, right) = of(op) else {
                throw UnsupportedNode(node: Syntax(opNode), what: "operator '\(op)'")
            }
            if power < minimum { break }
            i += 1
            if power == 6, i < items.count {
                // A cast's right side is a type, not an operand.
                lhs = .infix(op: op, opNode: Syntax(opNode), lhs: lhs, rhs: .leaf(items[i]))
                i += 1
                continue
            }
            let rhs = try climb(&items, &i, minimum: right ? power : power + 1)
            if let t = opNode.as(UnresolvedTernaryExprSyntax.self) {
                lhs = .ternary(condition: lhs, then: t.thenExpression, otherwise: rhs, node: Syntax(opNode))
            } else {
                lhs = .infix(op: op, opNode: Syntax(opNode), lhs: lhs, rhs: rhs)
            }
        }
        return lhs
    }
}

/// A construct outside the supported subset, reported at its node.
struct UnsupportedNode: Error {
    /// The node.
    var node: Syntax
    /// What it is, for `not supported in experiment blocks: …`.
    var what: String
}
