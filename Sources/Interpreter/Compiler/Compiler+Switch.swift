import SwiftSyntax

/// Code testing a value against a pattern, binding its names on success.
typealias Matcher = (Frame, Value) throws -> Bool

extension Compiler {
    /// Compiles a `switch` statement: value, range, tuple and binding patterns, with `where`.
    func switchStatement(_ s: SwitchExprSyntax, label: String?) throws -> Exec {
        let subject = try expression(s.subject)
        return try withTarget(label, isLoop: false) { id in
            var arms: [(Matcher, Exec)] = []
            for element in s.cases {
                guard case .switchCase(let c) = element else { throw unsupported(element, "conditional compilation") }
                let arm: (Matcher, Exec) = try withScope {
                    var matchers: [Matcher] = []
                    switch c.label {
                    case .default:
                        matchers.append { _, _ in true }
                    case .case(let l):
                        for item in l.caseItems {
                            let m = try pattern(item.pattern, subject.type, binding: nil)
                            if let w = item.whereClause {
                                let condition = try expression(w.condition, as: .bool)
                                matchers.append { f, v in try m(f, v) && (try condition(f) == .bool(true)) }
                            } else {
                                matchers.append(m)
                            }
                        }
                    }
                    let matcher: Matcher = matchers.count == 1 ? matchers[0] : { f, v in
                        for m in matchers where try m(f, v) { return true }
                        return false
                    }
                    return (matcher, try statements(c.statements))
                }
                arms.append(arm)
            }
            let code = subject.code
            return { f in
                let v = try code(f)
                for (matches, body) in arms where try matches(f, v) {
                    let flow = try body(f)
                    if case .breakOut(id) = flow { return .normal }
                    return flow
                }
                return .normal
            }
        }
    }

    /// Compiles a pattern against values of `type`; `binding` is `let`/`var`-ness inside a binding pattern.
    private func pattern(_ p: PatternSyntax, _ type: SType, binding: Bool?) throws -> Matcher {
        if let vb = p.as(ValueBindingPatternSyntax.self) {
            return try pattern(vb.pattern, type, binding: vb.bindingSpecifier.tokenKind == .keyword(.var))
        }
        if let id = p.as(IdentifierPatternSyntax.self) {
            return bindName(id.identifier.text, type, mutable: binding ?? false)
        }
        if p.is(WildcardPatternSyntax.self) { return { _, _ in true } }
        if let t = p.as(TuplePatternSyntax.self) {
            guard case .tuple(let types, _) = type, types.count == t.elements.count else {
                throw error(p, "tuple pattern cannot match values of type '\(type)'")
            }
            return tupleMatcher(try zip(t.elements, types).map { try pattern($0.pattern, $1, binding: binding) })
        }
        if let e = p.as(ExpressionPatternSyntax.self) { return try expressionPattern(e.expression, type, binding: binding) }
        throw unsupported(p, "this pattern")
    }

    private func bindName(_ name: String, _ type: SType, mutable: Bool) -> Matcher {
        let b = scope.bindings[name] ?? declare(name, type, mutable: mutable)
        let store = write(b)
        return { f, v in
            store(f, v)
            return true
        }
    }

    private func tupleMatcher(_ parts: [Matcher]) -> Matcher {
        { f, v in
            guard case .tuple(let t) = v else { return false }
            for (m, x) in zip(parts, t.elements) where !(try m(f, x)) { return false }
            return true
        }
    }

    private func expressionPattern(_ e: ExprSyntax, _ type: SType, binding: Bool?) throws -> Matcher {
        if e.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
        if let pe = e.as(PatternExprSyntax.self) { return try pattern(pe.pattern, type, binding: binding) }
        if let binding, let r = e.as(DeclReferenceExprSyntax.self) { return bindName(r.baseName.text, type, mutable: binding) }
        if let t = e.as(TupleExprSyntax.self) {
            if t.elements.count == 1 { return try expressionPattern(t.elements.first!.expression, type, binding: binding) }
            guard case .tuple(let types, _) = type, types.count == t.elements.count else {
                throw error(e, "tuple pattern cannot match values of type '\(type)'")
            }
            return tupleMatcher(try zip(t.elements, types).map { try expressionPattern($0.expression, $1, binding: binding) })
        }
        if let s = e.as(SequenceExprSyntax.self), case .infix(let op, let opNode, let lo, let hi) = try fold(s), op == "..<" || op == "..." {
            guard type.isNumeric else { throw error(e, "range pattern cannot match values of type '\(type)'") }
            let (a, b) = (try folded(lo, expected: type), try folded(hi, expected: type))
            try require(a.type, type, opNode)
            try require(b.type, type, opNode)
            let closed = op == "..."
            return { f, v in
                let (x, y) = (try a.code(f), try b.code(f))
                let (below, above) = (less(v, x), closed ? less(y, v) : !less(v, y))
                return !below && !above
            }
        }
        let value = try expression(e, expected: type)
        guard value.type.conforms(to: type) else {
            throw error(e, "expression pattern of type '\(value.type)' cannot match values of type '\(type)'")
        }
        let code = try coerce(value, to: type, e)
        return { f, v in try code(f) == v }
    }
}
