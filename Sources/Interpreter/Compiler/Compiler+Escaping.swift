import SwiftSyntax

/// Where a value stands when it outlives the expression it is made in: a closure there escapes,
/// and a function's non-escaping parameter may not stand there (swiftc names the place in its error).
enum EscapingUse {
    /// The value of `=`, whose errors swiftc reports at the `=`.
    case assigned(at: SourcePoint)
    /// A returned value, or an element of a collection literal.
    case stored
    /// The argument of an `@escaping` parameter of the note's function.
    case passed
    /// The argument of a generic parameter of the standard library, named (`Element` of `append`).
    case generic(String)
    /// A variable's initial value: a closure there escapes, but a non-escaping parameter may
    /// initialise a local constant, which is non-escaping too.
    case initial

    /// swiftc's error for the non-escaping parameter `name` used here; nil where it may be.
    func message(for name: String) -> String? {
        switch self {
        case .assigned(_): "assigning non-escaping parameter '\(name)' to an '@escaping' closure"
        case .stored: "using non-escaping parameter '\(name)' in a context expecting an '@escaping' closure"
        case .passed: "passing non-escaping parameter '\(name)' to function expecting an '@escaping' closure"
        case .generic(let parameter): "converting non-escaping parameter '\(name)' to generic parameter '\(parameter)' may allow it to escape"
        case .initial: nil
        }
    }
}

extension Compiler {
    /// Compiles `e`, which stands where its value escapes as `use` says (see `escapingUse(of:)`).
    func escaping<T>(_ e: ExprSyntax, as use: EscapingUse, _ compile: () throws -> T) rethrows -> T {
        let id = Self.escapingNode(e).id
        let saved = escapingUses[id]
        escapingUses[id] = use
        defer { escapingUses[id] = saved }
        return try compile()
    }

    /// How the value of `node` escapes, when weave knows it does: a closure passed to a function
    /// of the library, or to one of the note's that is not `@escaping`, is taken not to.
    func escapingUse(of node: some SyntaxProtocol) -> EscapingUse? {
        escapingUses[Syntax(node).id]
    }

    /// The expression `e` stands for: parentheses and `try` around it change nothing.
    private static func escapingNode(_ e: ExprSyntax) -> ExprSyntax {
        if let t = e.as(TryExprSyntax.self) { return escapingNode(t.expression) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first, only.label == nil {
            return escapingNode(only.expression)
        }
        return e
    }

    /// Fails with swiftc's error when `b`, a non-escaping parameter named `name` at `node`, stands
    /// where its value escapes, or a closure that escapes captures it.
    func refuseEscape(of b: Binding, _ name: String, _ node: some SyntaxProtocol) throws {
        guard b.isNonEscaping else { return }
        if let use = escapingUse(of: node), let message = use.message(for: name) {
            if case .assigned(let equals) = use { throw InterpreterError(message: message, at: equals) }
            throw error(node, message)
        }
        var context: FunctionContext? = function
        while let c = context, c !== b.owner {
            if let start = c.escapes { throw InterpreterError(message: "escaping closure captures non-escaping parameter '\(name)'", at: start) }
            context = c.parent
        }
    }

    /// Fails with swiftc's error when a closure that escapes captures `b`, named `name`: an
    /// `inout` parameter, or `self` in a struct's mutating member, whose storage the closure
    /// would outlive.
    func refuseEscapingCapture(of b: Binding, _ name: String) throws {
        let what: String
        if b.isInoutParameter {
            what = "'inout' parameter '\(name)'"
        } else if name == "self", b.isMutable, case .structure(let t) = b.type, !t.isClass {
            what = "mutating 'self' parameter"
        } else {
            return
        }
        var context: FunctionContext? = function
        while let c = context, c !== b.owner {
            if let start = c.escapes { throw InterpreterError(message: "escaping closure captures \(what)", at: start) }
            context = c.parent
        }
    }

    /// Fails with swiftc's error when `name`, a member of `self` (a method when `isMethod`), is
    /// named without `self.` inside a closure that escapes, while `self` is a class instance, so
    /// the closure keeps it alive: Swift asks for `self.` (or `[self]` in the capture list) to
    /// make that visible. In a struct or enum, or a closure that does not escape, it needs none;
    /// nor, but for a warning, in a closure inside one that lists `self`.
    func requireExplicitSelf(_ name: String, isMethod: Bool, _ selfBinding: Binding, _ node: some SyntaxProtocol) throws {
        guard case .structure(let t) = selfBinding.type, t.isClass else { return }
        var escapes = false
        var context: FunctionContext? = function
        while let c = context, c !== selfBinding.owner {
            if c.capturesSelf { return }
            escapes = escapes || c.escapes != nil
            context = c.parent
        }
        guard escapes else { return }
        let what = isMethod ? "call to method" : "reference to property"
        throw error(node, "\(what) '\(name)' in closure requires explicit use of 'self' to make capture semantics explicit")
    }
}
