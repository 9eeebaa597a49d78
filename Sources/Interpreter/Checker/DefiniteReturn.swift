import SwiftSyntax

/// swiftc's check that a function returning a value returns one on every path: whether control
/// can reach the end of a body, as swiftc's analysis sees it after folding literal conditions
/// (`while true { … }` without a `break` never ends; `if true { return 1 }` always returns).
///
/// The analysis errs towards "cannot reach the end" where it is unsure (a call of a function the
/// note declares to return `Never`), so it never rejects a body swiftc accepts; a path it misses
/// still fails when taken, at run time.
enum DefiniteReturn {
    /// Whether control can run off the end of `items`.
    static func canReachEnd(_ items: CodeBlockItemListSyntax) -> Bool {
        items.allSatisfy { completes($0.item) }
    }

    /// swiftc's error for a body that can end without returning, at its closing brace; nil when
    /// every path returns, throws or traps.
    static func missingReturn(in body: CodeBlockItemListSyntax, result: SType) -> (message: String, at: Syntax)? {
        guard canReachEnd(body), let (kind, brace) = owner(of: body) else { return nil }
        return ("missing return in \(kind) expected to return '\(result)'", brace)
    }

    /// What swiftc calls the function whose body `body` is, and the body's closing brace.
    private static func owner(of body: CodeBlockItemListSyntax) -> (String, Syntax)? {
        if let closure = body.parent?.as(ClosureExprSyntax.self) { return ("closure", Syntax(closure.rightBrace)) }
        // `var c: Int { … }` and `subscript(i: Int) -> Int { … }`: a getter without `get`.
        if let accessors = body.parent?.as(AccessorBlockSyntax.self) { return ("getter", Syntax(accessors.rightBrace)) }
        guard let block = body.parent?.as(CodeBlockSyntax.self) else { return nil }
        let brace = Syntax(block.rightBrace)
        if let accessor = block.parent?.as(AccessorDeclSyntax.self) {
            return accessor.accessorSpecifier.tokenKind == .keyword(.get) ? ("getter", brace) : nil
        }
        guard let function = block.parent?.as(FunctionDeclSyntax.self) else { return nil }
        if function.parent?.is(MemberBlockItemSyntax.self) == true {
            let isStatic = function.modifiers.contains { [.keyword(.static), .keyword(.class)].contains($0.name.tokenKind) }
            return (isStatic ? "static method" : "instance method", brace)
        }
        // A function inside another's body is local; one at a block's top level is global.
        var node = function.parent
        while let n = node {
            if n.is(CodeBlockSyntax.self) || n.is(ClosureExprSyntax.self) || n.is(AccessorBlockSyntax.self) { return ("local function", brace) }
            node = n.parent
        }
        return ("global function", brace)
    }

    /// Whether the item can complete normally, letting control reach the next one.
    private static func completes(_ item: CodeBlockItemSyntax.Item) -> Bool {
        switch item {
        case .decl: return true
        case .stmt(let s): return completes(s, label: nil)
        case .expr(let e): return completes(e)
        }
    }

    private static func completes(_ s: StmtSyntax, label: String?) -> Bool {
        if s.is(ReturnStmtSyntax.self) || s.is(ThrowStmtSyntax.self) || s.is(BreakStmtSyntax.self)
            || s.is(ContinueStmtSyntax.self) || s.is(FallThroughStmtSyntax.self) {
            return false
        }
        if let e = s.as(ExpressionStmtSyntax.self) { return completes(e.expression) }
        if let l = s.as(LabeledStmtSyntax.self) { return completes(l.statement, label: l.label.text) }
        if let w = s.as(WhileStmtSyntax.self) {
            // A loop whose condition is the literal `true` ends only by a `break` out of it.
            return !isLiteralTrue(w.conditions) || breaks(out: Syntax(w.body), label: label)
        }
        if let r = s.as(RepeatStmtSyntax.self) {
            if r.condition.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true) {
                return breaks(out: Syntax(r.body), label: label)
            }
            return canReachEnd(r.body.statements) || breaks(out: Syntax(r.body), label: label) || continues(Syntax(r.body), label: label)
        }
        if let d = s.as(DoStmtSyntax.self) {
            return canReachEnd(d.body.statements) || d.catchClauses.contains { canReachEnd($0.body.statements) }
        }
        // `for`, `guard` (whose `else` cannot complete), `defer`.
        return true
    }

    private static func completes(_ e: ExprSyntax) -> Bool {
        if let i = e.as(IfExprSyntax.self) { return completes(i) }
        if let s = e.as(SwitchExprSyntax.self) {
            return s.cases.contains { item in
                guard let c = item.as(SwitchCaseSyntax.self) else { return true }
                return canReachEnd(c.statements) || breaks(out: Syntax(c.statements), label: nil)
            }
        }
        if let t = e.as(TryExprSyntax.self) { return completes(t.expression) }
        return !neverReturns(e)
    }

    /// Whether `e` calls `fatalError()` or another of the functions that never return.
    static func neverReturns(_ e: ExprSyntax) -> Bool {
        guard let call = e.as(FunctionCallExprSyntax.self), let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text else {
            return false
        }
        return ["fatalError", "preconditionFailure", "exit", "abort"].contains(name)
    }

    private static func completes(_ i: IfExprSyntax) -> Bool {
        let then = canReachEnd(i.body.statements)
        let otherwise: Bool
        switch i.elseBody {
        case .ifExpr(let next)?: otherwise = completes(next)
        case .codeBlock(let block)?: otherwise = canReachEnd(block.statements)
        case nil: otherwise = true
        }
        if isLiteralTrue(i.conditions) { return then }
        if isLiteralFalse(i.conditions) { return otherwise }
        return then || otherwise
    }

    static func isLiteralTrue(_ conditions: ConditionElementListSyntax) -> Bool {
        conditions.count == 1 && conditions.first?.condition.as(ExprSyntax.self)?.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true)
    }

    private static func isLiteralFalse(_ conditions: ConditionElementListSyntax) -> Bool {
        conditions.count == 1 && conditions.first?.condition.as(ExprSyntax.self)?.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.false)
    }

    /// Whether `body`, of a loop labelled `label` (or of a `switch` case, with no label), has a
    /// `break` that leaves it: an unlabelled one not inside a nested loop or `switch`, or one
    /// naming the label. Closures and nested functions are not looked into.
    private static func breaks(out body: Syntax, label: String?) -> Bool {
        exits(body, label: label, keyword: .keyword(.break), nested: false)
    }

    /// Whether `body` of a `repeat` loop has a `continue` that goes to its condition.
    private static func continues(_ body: Syntax, label: String?) -> Bool {
        exits(body, label: label, keyword: .keyword(.continue), nested: false)
    }

    private static func exits(_ node: Syntax, label: String?, keyword: TokenKind, nested: Bool) -> Bool {
        if let b = node.as(BreakStmtSyntax.self), keyword == .keyword(.break) {
            return b.label.map { $0.text == label } ?? !nested
        }
        if let c = node.as(ContinueStmtSyntax.self), keyword == .keyword(.continue) {
            return c.label.map { $0.text == label } ?? !nested
        }
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return false }
        let inner = nested || node.is(WhileStmtSyntax.self) || node.is(RepeatStmtSyntax.self) || node.is(ForStmtSyntax.self)
            || (keyword == .keyword(.break) && node.is(SwitchExprSyntax.self))
        return node.children(viewMode: .sourceAccurate).contains { exits($0, label: label, keyword: keyword, nested: inner) }
    }
}
