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
    /// `try`, `try?` or `try!` first in a sequence, or right after an assignment, covering the
    /// operations to its right (`try? h() * 2` is `try? (h() * 2)`).
    case tried(TryExprSyntax, Folded)

    /// The operand's expression, nil for an operation.
    var leaf: ExprSyntax? {
        if case .leaf(let e) = self { return e }
        return nil
    }
}

/// The operators and precedence groups in scope: Swift's standard ones and those a note
/// declares (`precedencegroup`, `infix operator •: MultiplicationPrecedence`, `prefix operator √`).
///
/// Folding follows swiftc's algorithm: precedence groups form a partial order through their
/// `higherThan`/`lowerThan` relations, adjacent operators of one group associate as the group
/// says, and operators of unordered groups, or of one non-associative group, cannot be adjacent.
struct OperatorTable {
    /// How operators of one group associate with each other.
    enum Associativity: String {
        case left, right, none
    }

    /// A precedence group.
    struct Group {
        /// How its operators associate.
        var associativity: Associativity
        /// The groups it binds tighter than.
        var higherThan: [String]
        /// The groups it binds looser than.
        var lowerThan: [String] = []
    }

    /// Precedence groups by name.
    private(set) var groups: [String: Group]
    /// The precedence group of each infix operator.
    private(set) var infix: [String: String]
    /// Prefix operators.
    private(set) var prefix: Set<String> = ["-", "+", "!", "~", "..<", "..."]
    /// Postfix operators.
    private(set) var postfix: Set<String> = ["..."]
    /// The operators (with `prefix ` or `postfix ` before a unary one) that the note's top level
    /// implements with operator functions.
    private(set) var implemented: Set<String> = []

    /// Swift's standard library operators and groups.
    static let standard = OperatorTable()

    private init() {
        func group(_ a: Associativity, _ higher: String...) -> Group { Group(associativity: a, higherThan: higher) }
        groups = [
            "AssignmentPrecedence": group(.right),
            "FunctionArrowPrecedence": group(.right, "AssignmentPrecedence"),
            "TernaryPrecedence": group(.right, "FunctionArrowPrecedence"),
            "DefaultPrecedence": group(.none, "TernaryPrecedence"),
            "LogicalDisjunctionPrecedence": group(.left, "TernaryPrecedence"),
            "LogicalConjunctionPrecedence": group(.left, "LogicalDisjunctionPrecedence"),
            "ComparisonPrecedence": group(.none, "LogicalConjunctionPrecedence"),
            "NilCoalescingPrecedence": group(.right, "ComparisonPrecedence"),
            "CastingPrecedence": group(.none, "NilCoalescingPrecedence"),
            "RangeFormationPrecedence": group(.none, "CastingPrecedence"),
            "AdditionPrecedence": group(.left, "RangeFormationPrecedence"),
            "MultiplicationPrecedence": group(.left, "AdditionPrecedence"),
            "BitwiseShiftPrecedence": group(.none, "MultiplicationPrecedence"),
        ]
        var infix: [String: String] = [:]
        let members: [(String, [String])] = [
            ("AssignmentPrecedence", ["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=", "&<<=", "&>>="]),
            ("TernaryPrecedence", ["?:"]),
            ("LogicalDisjunctionPrecedence", ["||"]),
            ("LogicalConjunctionPrecedence", ["&&"]),
            ("ComparisonPrecedence", ["==", "!=", "<", "<=", ">", ">=", "===", "!==", "~="]),
            ("NilCoalescingPrecedence", ["??"]),
            ("CastingPrecedence", ["is", "as", "as?", "as!"]),
            ("RangeFormationPrecedence", ["..<", "..."]),
            ("AdditionPrecedence", ["+", "-", "&+", "&-", "|", "^"]),
            ("MultiplicationPrecedence", ["*", "/", "%", "&*", "&"]),
            ("BitwiseShiftPrecedence", ["<<", ">>", "&<<", "&>>"]),
        ]
        for (group, operators) in members {
            for op in operators { infix[op] = group }
        }
        self.infix = infix
    }

    // MARK: Declarations

    /// Adds a `precedencegroup` declaration.
    mutating func declare(_ d: PrecedenceGroupDeclSyntax) throws {
        let name = d.name.text
        guard groups[name] == nil else { throw OperatorError(node: Syntax(d.name), message: "precedence group redeclared") }
        var group = Group(associativity: .none, higherThan: [])
        for attribute in d.groupAttributes {
            if let relation = attribute.as(PrecedenceGroupRelationSyntax.self) {
                for other in relation.precedenceGroups {
                    guard other.name.text != name, groups[other.name.text] != nil else {
                        throw OperatorError(node: Syntax(other.name), message: "unknown precedence group '\(other.name.text)'")
                    }
                    if relation.higherThanOrLowerThanLabel.text == "higherThan" {
                        group.higherThan.append(other.name.text)
                    } else {
                        group.lowerThan.append(other.name.text)
                    }
                }
            } else if let a = attribute.as(PrecedenceGroupAssociativitySyntax.self) {
                group.associativity = Associativity(rawValue: a.value.text) ?? .none
            }
        }
        groups[name] = group
    }

    /// Adds an `infix`, `prefix` or `postfix operator` declaration.
    mutating func declare(_ d: OperatorDeclSyntax) throws {
        let name = d.name.text
        switch d.fixitySpecifier.tokenKind {
        case .keyword(.infix):
            let group = d.operatorPrecedenceAndTypes?.precedenceGroup.text ?? "DefaultPrecedence"
            guard groups[group] != nil else {
                throw OperatorError(node: Syntax(d.operatorPrecedenceAndTypes!.precedenceGroup),
                                    message: "unknown precedence group '\(group)'")
            }
            infix[name] = group
        default:
            if let p = d.operatorPrecedenceAndTypes {
                throw OperatorError(node: Syntax(p.precedenceGroup), message: "only infix operators may declare a precedence")
            }
            if d.fixitySpecifier.tokenKind == .keyword(.prefix) { prefix.insert(name) } else { postfix.insert(name) }
        }
    }

    /// Records that the top level declares an operator function for `key` (as `implemented` lists it).
    mutating func implement(_ key: String) {
        implemented.insert(key)
    }

    // MARK: Folding

    /// Folds a sequence expression by the operators' precedence groups, as swiftc does.
    func fold(_ sequence: SequenceExprSyntax) throws -> Folded {
        let items = Array(sequence.elements)
        // A `try` first, or right after an assignment, covers the operations to its right; one
        // right of another operator is swiftc's error.
        for k in stride(from: 2, to: items.count, by: 2) {
            // (A ternary's branch is no operator's operand: `c ? try f() : try g()`.)
            guard let t = items[k].as(TryExprSyntax.self), !items[k - 1].is(UnresolvedTernaryExprSyntax.self) else { continue }
            guard let op = Self.operatorText(items[k - 1]), infix[op] == "AssignmentPrecedence" else {
                throw OperatorError(node: Syntax(t.tryKeyword), message: "'\(t.tryKeyword.text)\(t.questionOrExclamationMark?.text ?? "")' cannot appear to the right of a non-assignment operator")
            }
            let left = try fold(Array(items[..<(k - 1)]))
            return Self.node(op, items[k - 1], left, try fold(Array(items[k...])))
        }
        return try fold(items)
    }

    /// Folds `items`, operands and operators in turn; a `try` first covers the whole.
    private func fold(_ items: [ExprSyntax]) throws -> Folded {
        var position = 1
        if items.count > 1, let t = items[0].as(TryExprSyntax.self) {
            return .tried(t, try fold(.leaf(t.expression), items, &position, bound: nil))
        }
        return try fold(.leaf(items[0]), items, &position, bound: nil)
    }

    /// The group operators are folded above: only operators binding tighter than it (or, when
    /// not strict, as tight) are folded into the current operand.
    private struct Bound {
        var group: String
        var isStrict: Bool
    }

    /// How two groups relate.
    private enum Relation {
        case higher, lower, unrelated
    }

    private static func operatorText(_ e: ExprSyntax) -> String? {
        if let b = e.as(BinaryOperatorExprSyntax.self) { return b.operator.text }
        if e.is(AssignmentExprSyntax.self) { return "=" }
        if e.is(UnresolvedTernaryExprSyntax.self) { return "?:" }
        if let c = e.as(UnresolvedAsExprSyntax.self) { return "as" + (c.questionOrExclamationMark?.text ?? "") }
        if e.is(UnresolvedIsExprSyntax.self) { return "is" }
        return nil
    }

    /// The operator at `node` and its group.
    private func lookup(_ node: ExprSyntax) throws -> (op: String, group: String) {
        guard let op = Self.operatorText(node) else {
            throw OperatorError(node: Syntax(node), message: "not supported in experiment blocks: '\(node.trimmedDescription)'")
        }
        guard let group = infix[op] else { throw OperatorError(node: Syntax(node), message: "cannot find operator '\(op)' in scope") }
        return (op, group)
    }

    /// Whether group `a` binds tighter than `b`, looser, or neither, through the transitive
    /// `higherThan` relation (a `lowerThan` declared by one group is a `higherThan` of the other).
    private func relation(_ a: String, _ b: String) -> Relation {
        if reaches(a, b) { return .higher }
        if reaches(b, a) { return .lower }
        return .unrelated
    }

    private func reaches(_ from: String, _ to: String) -> Bool {
        var seen: Set<String> = [from]
        var pending = [from]
        while let g = pending.popLast() {
            let above = (groups[g]?.higherThan ?? []) + groups.filter { $0.value.lowerThan.contains(g) }.map(\.key)
            for next in above where seen.insert(next).inserted {
                if next == to { return true }
                pending.append(next)
            }
        }
        return false
    }

    private func considers(_ group: String, _ bound: Bound?) -> Bool {
        guard let bound else { return true }
        if group == bound.group { return !bound.isStrict }
        return relation(group, bound.group) != .lower
    }

    private func fold(_ first: Folded, _ items: [ExprSyntax], _ i: inout Int, bound: Bound?) throws -> Folded {
        var lhs = first
        guard var (op1, text1, group1, rhs) = try operation(&lhs, items, &i, bound: bound) else { return lhs }
        while i < items.count {
            let op2 = items[i]
            let (_, group2) = try lookup(op2)
            guard considers(group2, bound) else { break }
            let associativity: Associativity
            if group1 == group2 {
                associativity = groups[group1]!.associativity
            } else {
                switch relation(group1, group2) {
                case .higher: associativity = .left
                case .lower: associativity = .right
                case .unrelated:
                    throw OperatorError(node: Syntax(op1), message: "adjacent operators are in unordered precedence groups '\(group1)' and '\(group2)'")
                }
            }
            switch associativity {
            case .left:
                lhs = Self.node(text1, op1, lhs, rhs)
                guard let next = try operation(&lhs, items, &i, bound: bound) else { return lhs }
                (op1, text1, group1, rhs) = next
            case .right:
                rhs = try fold(rhs, items, &i, bound: Bound(group: group1, isStrict: group1 != group2))
            case .none:
                throw OperatorError(node: Syntax(op1), message: "adjacent operators are in non-associative precedence group '\(group1)'")
            }
        }
        return Self.node(text1, op1, lhs, rhs)
    }

    /// The next operator at `i` that folds within `bound`, with its group and right operand; nil
    /// at the end or at one that does not. A cast's type ends its right side, so casts apply to
    /// `lhs` at once: `x as T + y` is `(x as T) + y`, and casts in turn apply left to right.
    private func operation(_ lhs: inout Folded, _ items: [ExprSyntax], _ i: inout Int,
                           bound: Bound?) throws -> (ExprSyntax, String, String, Folded)? {
        while i < items.count {
            let op = items[i]
            let (text, group) = try lookup(op)
            guard considers(group, bound) else { return nil }
            let rhs = Folded.leaf(items[i + 1])
            i += 2
            guard Self.isCast(text) else { return (op, text, group, rhs) }
            lhs = Self.node(text, op, lhs, rhs)
        }
        return nil
    }

    private static func isCast(_ op: String) -> Bool { ["as", "as?", "as!", "is"].contains(op) }

    private static func node(_ op: String, _ opNode: ExprSyntax, _ lhs: Folded, _ rhs: Folded) -> Folded {
        if let t = opNode.as(UnresolvedTernaryExprSyntax.self) {
            return .ternary(condition: lhs, then: t.thenExpression, otherwise: rhs, node: Syntax(opNode))
        }
        return .infix(op: op, opNode: Syntax(opNode), lhs: lhs, rhs: rhs)
    }
}

/// An error in an operator or precedence-group declaration or in folding, reported at its node.
struct OperatorError: Error {
    /// Where.
    var node: Syntax
    /// Swift's message.
    var message: String
}
