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
        var position = 1
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
        guard i < items.count else { return first }
        var lhs = first
        var op1 = items[i]
        var (text1, group1) = try lookup(op1)
        guard considers(group1, bound) else { return lhs }
        i += 1
        var rhs = Folded.leaf(items[i])
        i += 1
        while i < items.count {
            let op2 = items[i]
            let (text2, group2) = try lookup(op2)
            guard considers(group2, bound) else { break }
            let associativity: Associativity
            if group1 == group2 {
                // A cast's right side is a type: casts apply in turn, left to right.
                associativity = group1 == "CastingPrecedence" ? .left : groups[group1]!.associativity
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
                (op1, text1, group1) = (op2, text2, group2)
                i += 1
                rhs = .leaf(items[i])
                i += 1
            case .right:
                rhs = try fold(rhs, items, &i, bound: Bound(group: group1, isStrict: group1 != group2))
            case .none:
                throw OperatorError(node: Syntax(op1), message: "adjacent operators are in non-associative precedence group '\(group1)'")
            }
        }
        return Self.node(text1, op1, lhs, rhs)
    }

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
