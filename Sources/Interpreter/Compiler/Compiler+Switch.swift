import SwiftSyntax

/// Code testing a value against a pattern, binding its names on success.
typealias Matcher = (Frame, Value) throws -> Bool

/// A `case` of a `switch`, or a `catch` clause: the test of its patterns and its body. A struct
/// rather than a tuple, because code kept in an array or passed through a generic helper as a tuple
/// is called through reabstraction thunks (see `Compiler.withScope(_:)`).
struct Clause {
    /// Whether the subject (or the thrown error) matches, binding the pattern's names.
    let matches: Matcher
    /// The clause's statements.
    let body: Exec
}

extension Compiler {
    /// Compiles a `switch` statement: value, range, tuple, enum-case, optional and binding
    /// patterns, with `where`; a switch that does not cover every value is an error, as in Swift.
    /// `arm` compiles a case's body, once its pattern's names are declared.
    func switchStatement(_ s: SwitchExprSyntax, label: String?,
                         arm armBody: ((CodeBlockItemListSyntax) throws -> Exec)? = nil) throws -> Exec {
        let subject = try expression(s.subject)
        return try withTarget(label, isLoop: false) { id in
            var arms: [Clause] = []
            var covered: [[PatternSpace]] = []
            var bound: [String?] = []
            for element in s.cases {
                guard case .switchCase(let c) = element else { throw unsupported(element, "conditional compilation") }
                if c.statements.isEmpty {
                    let kind = if case .default = c.label { "default" } else { "case" }
                    throw error(c, "'\(kind)' label in a 'switch' must have at least one executable statement")
                }
                let arm: Clause = try withScope {
                    var matchers: [Matcher] = []
                    switch c.label {
                    case .default:
                        matchers.append { _, _ in true }
                        covered.append([.all])
                    case .case(let l):
                        for item in l.caseItems {
                            let (m, space) = try pattern(item.pattern, subject.type, binding: nil)
                            if let w = item.whereClause {
                                let condition = try expression(w.condition, as: .bool)
                                matchers.append { f, v in try m(f, v) && (try condition(f) == .bool(true)) }
                            } else {
                                matchers.append(m)
                                covered.append([space])
                            }
                        }
                    }
                    let matcher: Matcher = matchers.count == 1 ? matchers[0] : { f, v in
                        for m in matchers where try m(f, v) { return true }
                        return false
                    }
                    bound.append(scope.bindings.keys.min())
                    return Clause(matches: matcher, body: try armBody?(c.statements) ?? statements(c.statements))
                }
                arms.append(arm)
            }
            for (i, element) in s.cases.enumerated() {
                guard let statement = fallthroughStatement(in: Syntax(element)) else { continue }
                guard i + 1 < arms.count else {
                    throw error(statement, "'fallthrough' without a following 'case' or 'default' block")
                }
                if let name = bound[i + 1] { throw error(statement, "'fallthrough' from a case which doesn't bind variable '\(name)'") }
            }
            if let missing = missingValue(covered, [subject.type])?.first {
                throw error(s.switchKeyword, missing == "_" ? "switch must be exhaustive; add a default clause"
                                : "switch must be exhaustive; add missing case: '\(missing)'")
            }
            let code = subject.code
            return { f in
                let v = try code(f)
                for (k, arm) in arms.enumerated() where try arm.matches(f, v) {
                    var (flow, next) = (try arm.body(f), k + 1)
                    while case .fallingThrough = flow, next < arms.count {
                        flow = try arms[next].body(f)
                        next += 1
                    }
                    if case .breakOut(id) = flow { return .normal }
                    return flow
                }
                return .normal
            }
        }
    }

    /// Compiles `switch` used as an expression (`let s = switch k { case 1: "one" default: "many" }`):
    /// every case is one expression (or a `throw`), whose value is the switch's, as in Swift.
    func switchExpression(_ s: SwitchExprSyntax, expected: SType?) throws -> Typed {
        var type = expected
        let result = Binding(slot: function.allocate(), type: expected ?? .void, isMutable: true, owner: function)
        let store = write(result)
        let exec = try switchStatement(s, label: nil) { [self] body in
            let last = body.last.map(Syntax.init) ?? Syntax(s)
            guard body.count == 1, let item = body.first?.item else {
                throw error(last, "non-expression branch of 'switch' expression may only end with a 'throw' or 'fallthrough'")
            }
            if case .stmt(let st) = item, st.is(ThrowStmtSyntax.self) { return try statement(item) }
            guard case .expr(let e) = item else {
                throw error(last, "non-expression branch of 'switch' expression may only end with a 'throw' or 'fallthrough'")
            }
            let value = try expression(e, expected: type)
            if type == nil, case .nilLiteral = value.type { throw error(e, "'nil' requires a contextual type") }
            let code = try coerce(value, to: type ?? value.type, e)
            type = type ?? value.type
            return { f in
                store(f, try code(f))
                return .normal
            }
        }
        let read = self.read(result)
        return Typed(type: type ?? .void) { f in
            _ = try exec(f)
            return try read(f)
        }
    }

    /// Whether `s` stands where Swift takes a `switch` as a value: the initial value of a variable,
    /// the source of an assignment, a `return` or `throw`, or a branch of an `if` or `switch`
    /// expression.
    func isValuePosition(_ s: SwitchExprSyntax) -> Bool {
        guard let parent = s.parent else { return false }
        if parent.is(InitializerClauseSyntax.self) || parent.is(ReturnStmtSyntax.self) || parent.is(ThrowStmtSyntax.self)
            || parent.is(CodeBlockItemSyntax.self) {
            return true
        }
        guard let list = parent.as(ExprListSyntax.self), let i = list.firstIndex(where: { $0.id == s.id }), i != list.startIndex else {
            return false
        }
        return list[list.index(before: i)].is(AssignmentExprSyntax.self)
    }

    /// Whether every case of `s` is a single expression or `throw`, so that as a function's whole
    /// body it is the returned value.
    func isValueSwitch(_ s: SwitchExprSyntax) -> Bool {
        s.cases.allSatisfy { element in
            guard case .switchCase(let c) = element, c.statements.count == 1, let item = c.statements.first?.item else { return false }
            switch item {
            case .expr: return true
            case .stmt(let st): return st.is(ThrowStmtSyntax.self)
            case .decl: return false
            }
        }
    }

    /// The first `fallthrough` of a case's own switch (not of a nested one) in `node`.
    private func fallthroughStatement(in node: Syntax) -> Syntax? {
        for child in node.children(viewMode: .sourceAccurate) {
            if child.is(FallThroughStmtSyntax.self) { return child }
            if child.is(SwitchExprSyntax.self) || child.is(ClosureExprSyntax.self) || child.is(FunctionDeclSyntax.self) { continue }
            if let found = fallthroughStatement(in: child) { return found }
        }
        return nil
    }

    /// Compiles a pattern against values of `type`; `binding` is `let`/`var`-ness inside a binding
    /// pattern. Returns the matcher and the values the pattern covers.
    func pattern(_ p: PatternSyntax, _ type: SType, binding: Bool?) throws -> (Matcher, PatternSpace) {
        if let vb = p.as(ValueBindingPatternSyntax.self) {
            return try pattern(vb.pattern, type, binding: vb.bindingSpecifier.tokenKind == .keyword(.var))
        }
        if let id = p.as(IdentifierPatternSyntax.self) {
            return (bindName(id.identifier.text, type, mutable: binding ?? false), .all)
        }
        if p.is(WildcardPatternSyntax.self) { return ({ _, _ in true }, .all) }
        if let t = p.as(TuplePatternSyntax.self) {
            guard case .tuple(let types, _) = type, types.count == t.elements.count else {
                throw error(p, type.isTuple ? "tuple pattern cannot match values of type '\(type)'"
                                            : "tuple pattern cannot match values of the non-tuple type '\(type)'")
            }
            return tupleMatcher(try zip(t.elements, types).map { try pattern($0.pattern, $1, binding: binding) })
        }
        if let e = p.as(ExpressionPatternSyntax.self) { return try expressionPattern(e.expression, type, binding: binding) }
        if let i = p.as(IsTypePatternSyntax.self), type.wrapsAny {
            let cast = anyCast(from: type, to: try resolveType(i.type), at(i))
            return ({ _, v in try cast(v) != nil }, .partial)
        }
        if let i = p.as(IsTypePatternSyntax.self) {
            let test = try typeTest(i.type, from: type)
            return ({ _, v in test(v) }, .partial)
        }
        throw unsupported(p, "this pattern")
    }

    /// Code telling whether a value of static type `type` is of the type named by `t`, for the
    /// `is T` and `let x as T` patterns of `catch` clauses and switches: on the value's dynamic
    /// type, as the cast `is` tests it.
    private func typeTest(_ t: TypeSyntax, from type: SType) throws -> (Value) -> Bool {
        let target = try resolveType(t)
        if case .error = type, case .structure(let s) = target, !s.conformances.contains("Error") {
            throw error(t, "cast from 'any Error' to unrelated type '\(s.name)' always fails")
        }
        return try castTest(from: type, to: target, "is", Syntax(t)).test
    }

    private func bindName(_ name: String, _ type: SType, mutable: Bool) -> Matcher {
        let b = scope.bindings[name] ?? declare(name, type, mutable: mutable)
        let store = write(b)
        return { f, v in
            store(f, v)
            return true
        }
    }

    private func tupleMatcher(_ parts: [(Matcher, PatternSpace)]) -> (Matcher, PatternSpace) {
        let matchers = parts.map(\.0)
        return ({ f, v in
            guard case .tuple(let t) = v else { return false }
            for (m, x) in zip(matchers, t.elements) where !(try m(f, x)) { return false }
            return true
        }, .tuple(parts.map(\.1)))
    }

    private func expressionPattern(_ e: ExprSyntax, _ type: SType, binding: Bool?) throws -> (Matcher, PatternSpace) {
        if e.is(DiscardAssignmentExprSyntax.self) { return ({ _, _ in true }, .all) }
        if let pe = e.as(PatternExprSyntax.self) { return try pattern(pe.pattern, type, binding: binding) }
        if let binding, let r = e.as(DeclReferenceExprSyntax.self) { return (bindName(r.baseName.text, type, mutable: binding), .all) }
        if let t = e.as(TupleExprSyntax.self) {
            if t.elements.count == 1 { return try expressionPattern(t.elements.first!.expression, type, binding: binding) }
            guard case .tuple(let types, _) = type, types.count == t.elements.count else {
                throw error(e, type.isTuple ? "tuple pattern cannot match values of type '\(type)'"
                                            : "tuple pattern cannot match values of the non-tuple type '\(type)'")
            }
            return tupleMatcher(try zip(t.elements, types).map { try expressionPattern($0.expression, $1, binding: binding) })
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            guard case .optional(let wrapped) = type else {
                throw error(e, "'?' pattern cannot match values of type '\(type)'")
            }
            return someMatcher(try expressionPattern(o.expression, wrapped, binding: binding))
        }
        if let enumCase = try enumCasePattern(e, type, binding: binding) { return enumCase }
        if let b = e.as(BooleanLiteralExprSyntax.self), case .bool = type {
            let v = b.literal.tokenKind == .keyword(.true)
            return ({ _, x in x == .bool(v) }, .constructor(v ? 1 : 0, []))
        }
        if e.is(NilLiteralExprSyntax.self), case .optional = type {
            return ({ _, x in if case .none = x { true } else { false } }, .constructor(0, []))
        }
        if let s = e.as(SequenceExprSyntax.self), s.elements.count == 3, s.elements.dropFirst().first!.is(UnresolvedAsExprSyntax.self),
           let t = s.elements.last!.as(TypeExprSyntax.self) {
            let target = try resolveType(t.type)
            let (inner, _) = try expressionPattern(s.elements.first!, target, binding: binding)
            if type.wrapsAny {
                // `case let x as Int` on an `Any`: `x` is the value inside.
                let cast = anyCast(from: type, to: target, at(t))
                return ({ f, v in try cast(v).map { try inner(f, $0) } ?? false }, .partial)
            }
            let test = try typeTest(t.type, from: type)
            let note: StructType? = if case .structure(let s) = target { s } else { nil }
            return ({ f, v in test(v) ? try inner(f, Self.castValue(v, from: type, to: target, note)) : false }, .partial)
        }
        if let declared = try declaredPatternMatch(e, type) { return (declared, .partial) }
        if let range = try rangePattern(e, type) { return (range, .partial) }
        var value = try expression(e, expected: type)
        // `case 5:` of a type of the note that literals initialise.
        if case .structure = type, let number = try numberLiteral(value, to: type, e) { value = Typed(type: type, code: number) }
        if case .any = type { throw error(e, "type 'Any' cannot conform to 'Equatable'") }
        guard value.type.conforms(to: type) else {
            throw error(e, "expression pattern of type '\(value.type)' cannot match values of type '\(type)'")
        }
        let code = try coerce(value, to: type, e)
        if let declared = declaredEquality(type, at: at(e)) { return ({ f, v in try declared(try code(f), v) }, .partial) }
        return ({ f, v in try code(f) == v }, .partial)
    }

    /// An expression pattern that a `~=` of the note matches (`func ~= (pattern: Even, value:
    /// Int)` for `case Even():` of an `Int`), which Swift prefers to the standard ones; nil when
    /// the note declares none for the pattern and the value's type. The value goes to a slot of
    /// the frame, so a pattern that calls the function matching it again is not confused.
    private func declaredPatternMatch(_ e: ExprSyntax, _ type: SType) throws -> Matcher? {
        guard globalScope.operators.implemented.contains("~="), let pattern = try? expression(e) else { return nil }
        let subject = declare("$pattern subject \(e.position.utf8Offset)", type, mutable: true)
        guard let matched = try? declaredOperator("~=", .leaf(e), .leaf(e), pattern, Typed(type: type, code: read(subject)), Syntax(e)),
              case .bool = matched.type else { return nil }
        let (store, code) = (write(subject), matched.code)
        return { f, v in
            store(f, v)
            return try code(f) == .bool(true)
        }
    }

    /// A pattern matching `.some(x)` where `inner` matches `x`.
    private func someMatcher(_ inner: (Matcher, PatternSpace)) -> (Matcher, PatternSpace) {
        let m = inner.0
        return ({ f, v in
            guard case .some(let x) = v else { return false }
            return try m(f, x)
        }, .constructor(1, [inner.1]))
    }

    /// `a...b`, `a..<b`, `a...`, `..<b` and `...b` as patterns over numbers, or over strings and
    /// characters (`"0"..."9"`), which are ordered as Swift orders them.
    private func rangePattern(_ e: ExprSyntax, _ type: SType) throws -> Matcher? {
        let lower: Folded?, upper: Folded?, closed: Bool, node: Syntax
        if let s = e.as(SequenceExprSyntax.self), case .infix(let op, let opNode, let lo, let hi) = try fold(s), op == "..<" || op == "..." {
            (lower, upper, closed, node) = (lo, hi, op == "...", opNode)
        } else if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
            (lower, upper, closed, node) = (.leaf(p.expression), nil, true, Syntax(p.operator))
        } else if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "..<" || p.operator.text == "..." {
            (lower, upper, closed, node) = (nil, .leaf(p.expression), p.operator.text == "...", Syntax(p.operator))
        } else {
            return nil
        }
        guard type.isNumeric || type.isText || isFloat(type) || fixedWidthKind(type) != nil else {
            throw error(e, "range pattern cannot match values of type '\(type)'")
        }
        let bound = { (x: Folded?) throws -> Code? in
            guard let x else { return nil }
            let typed = try self.folded(x, expected: type)
            // A literal bound of a `Float` or `UInt8` range (`case -1...1`) is one of the type.
            if case .leaf(let literal) = x, let number = try self.numberLiteral(typed, to: type, literal) { return number }
            try self.require(typed.type, type, node)
            return typed.code
        }
        let (a, b) = (try bound(lower), try bound(upper))
        // As the range's `contains` answers, with the type's `<=`, so that no bound holds a NaN.
        return { f, v in
            if let a, !lessOrEqual(try a(f), v) { return false }
            if let b { return closed ? lessOrEqual(v, try b(f)) : less(v, try b(f)) }
            return true
        }
    }

    /// `.name`, `.name(patterns…)` or `Type.name(patterns…)` for an enum case or an optional's
    /// `.some`/`.none`; nil if `e` is not of that form.
    private func enumCasePattern(_ e: ExprSyntax, _ type: SType, binding: Bool?) throws -> (Matcher, PatternSpace)? {
        let member: MemberAccessExprSyntax, arguments: [LabeledExprSyntax]?
        if let m = e.as(MemberAccessExprSyntax.self) {
            (member, arguments) = (m, nil)
        } else if let c = e.as(FunctionCallExprSyntax.self), let m = c.calledExpression.as(MemberAccessExprSyntax.self),
                  c.trailingClosure == nil {
            (member, arguments) = (m, Array(c.arguments))
        } else {
            return nil
        }
        let name = member.declName.baseName.text
        if member.base == nil, case .optional(let wrapped) = type {
            if name == "none", arguments == nil {
                return ({ _, x in if case .none = x { true } else { false } }, .constructor(0, []))
            }
            if name == "some", let arguments, arguments.count == 1 {
                return someMatcher(try expressionPattern(arguments[0].expression, wrapped, binding: binding))
            }
            // `case .some:` matches any value that is not nil.
            if name == "some", arguments == nil { return someMatcher(({ _, _ in true }, .all)) }
            return try enumCasePattern(e, wrapped, binding: binding).map(someMatcher)
        }
        let t: StructType
        if let base = member.base {
            guard let declared = declaredType(base), declared.isEnum else { return nil }
            t = declared
        } else {
            guard case .structure(let s) = type, s.isEnum else { return nil }
            t = s
        }
        switch type {
        case .structure(let s) where s === t: break
        case .error where t.conformances.contains("Error"): break
        default: throw error(e, "pattern of type '\(t.name)' cannot match values of type '\(type)'")
        }
        guard let c = t.enumCase(name) else { throw error(member.declName, suggesting("type '\(t.name)' has no member '\(name)'", name, among: t.memberNames)) }
        var parts: [(Matcher, PatternSpace)] = c.parameters.map { _ in ({ _, _ in true }, .all) }
        if let arguments {
            guard arguments.count == c.parameters.count else {
                let types = SType.tuple(c.parameters.map(\.type), labels: c.parameters.map(\.label))
                throw error(e, "tuple pattern has the wrong length for tuple type '\(types)'")
            }
            parts = try zip(arguments, c.parameters).map { try expressionPattern($0.expression, $1.type, binding: binding) }
        }
        let matchers = parts.map(\.0)
        return ({ f, v in
            guard case .enumeration(let x) = v, x.tag === c else { return false }
            for (m, p) in zip(matchers, x.payload) where !(try m(f, p)) { return false }
            return true
        }, .constructor(c.index, parts.map(\.1)))
    }
}
