import SwiftSyntax

/// Optional chaining, `a?.b`, `a?.m()`, `a?[i]`: the chain's value is nil as soon as one `?`
/// meets nil, and the rest of the chain is not evaluated.
///
/// Each `x?` in the chain unwraps `x` or signals ``ChainShortCircuit``; the whole chain (the
/// outermost member access, call, subscript or `!` whose base holds the `?`) catches it and is
/// nil, else wraps its value in an optional unless it is one already, as Swift flattens it.
extension Compiler {
    /// Compiles `e` as an optional chain when it is the outermost link of one, or returns nil.
    func optionalChain(_ e: ExprSyntax, expected: SType?) throws -> Typed? {
        guard !chainTops.contains(e.id), Self.chainBase(e) != nil, Self.hasChainingMark(e), !Self.continuesChain(e) else { return nil }
        chainTops.insert(e.id)
        defer { chainTops.remove(e.id) }
        let inner = try expression(e, expected: nil)
        let code = inner.code
        if case .optional = inner.type {
            return Typed(type: inner.type) { f in
                do { return try code(f) } catch is ChainShortCircuit { return .none }
            }
        }
        return Typed(type: .optional(inner.type)) { f in
            do { return .some(try code(f)) } catch is ChainShortCircuit { return .none }
        }
    }

    /// Compiles the `x?` inside a chain: `x` unwrapped, or the signal that ends the chain.
    func chainLink(_ o: OptionalChainingExprSyntax) throws -> Typed {
        let inner = try expression(o.expression)
        guard case .optional(let wrapped) = inner.type else {
            throw error(o.questionMark, "cannot use optional chaining on non-optional value of type '\(inner.type)'")
        }
        let code = inner.code
        return Typed(type: wrapped) { f in
            guard case .some(let v) = try code(f) else { throw ChainShortCircuit() }
            return v
        }
    }

    /// The base of a link of a postfix chain: a member access's base, a call's or subscript's
    /// callee, the operand of `!` or `?`.
    private static func chainBase(_ e: ExprSyntax) -> ExprSyntax? {
        if let m = e.as(MemberAccessExprSyntax.self) { return m.base }
        if let c = e.as(FunctionCallExprSyntax.self) { return c.calledExpression }
        if let s = e.as(SubscriptCallExprSyntax.self) { return s.calledExpression }
        if let u = e.as(ForceUnwrapExprSyntax.self) { return u.expression }
        if let o = e.as(OptionalChainingExprSyntax.self) { return o.expression }
        return nil
    }

    /// Whether a `?` stands among the bases below `e`, within its chain.
    static func hasChainingMark(_ e: ExprSyntax) -> Bool {
        var link = chainBase(e)
        while let l = link {
            if l.is(OptionalChainingExprSyntax.self) { return true }
            link = chainBase(l)
        }
        return false
    }

    /// Whether `e` is the base of a further link, so that the chain goes on above it.
    private static func continuesChain(_ e: ExprSyntax) -> Bool {
        guard let parent = e.parent?.as(ExprSyntax.self), let base = chainBase(parent) else { return false }
        return base.id == e.id
    }
}

/// The signal of a `?` that met nil, caught by the chain it belongs to; never seen by note code.
struct ChainShortCircuit: Error {}
