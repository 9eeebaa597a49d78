import SwiftSyntax

/// swiftc's definite-initialization check for a local variable declared without a value
/// (`let step: Double` assigned in each branch of an `if`): every read must follow an assignment
/// on every path, and a `let` is assigned at most once on any path. For a stored property
/// without a default value in an initialiser's body, every path must assign it before it returns.
///
/// The analysis follows structured control flow in the statements after the declaration. Where
/// it is unsure it assumes the variable assigned (a path that leaves a loop by `break`, a `switch`
/// case that breaks), so it never rejects a block swiftc accepts.
struct DefiniteInitialization {
    /// What is known of the variable on the paths reaching a point.
    private struct State {
        /// Assigned on every path.
        var assigned = false
        /// Assigned on some path.
        var possibly = false
        /// No path reaches the point (after `return`, `throw`, `break`, …).
        var dead = false

        /// The state where the paths of `self` and `other` join.
        func merged(with other: State) -> State {
            if dead { return other }
            if other.dead { return self }
            return State(assigned: assigned && other.assigned, possibly: possibly || other.possibly)
        }
    }

    /// swiftc's error: its message and where it points.
    struct Violation: Error {
        let message: String
        let at: Syntax
    }

    private let name: String
    private let isLet: Bool
    /// Whether `name` is a stored property of `self` in an initialiser's body.
    private var isProperty = false
    /// For a property, whether its bare name means it (no parameter of that name hides it).
    private var bareNameIsProperty = true
    /// For a property, the type's methods and computed properties, whose use (like `self`'s)
    /// reads every stored property.
    private var selfMembers: Set<String> = []
    /// Whether a nested declaration of the name ended the analysis.
    private var shadowed = false
    private var state = State()
    /// The first assignment met in the loop body being walked (see `loop`).
    private var firstAssignment: Syntax?
    /// The states at the `break`s and `continue`s of the loops and switches being walked, the
    /// innermost last: where those statements take control.
    private var jumps: [Jumps] = []

    /// Where the unlabelled `break`s (and, for a loop, `continue`s) of a loop or switch were.
    private struct Jumps {
        let isLoop: Bool
        var breaks: [State] = []
        var continues: [State] = []
    }

    /// The first use of `name` after its declaration `declaration` (a `let` when `isLet`)
    /// that swiftc rejects, among the statements that follow it in its block; nil if none.
    static func firstViolation(of name: String, isLet: Bool, declaredBy declaration: some SyntaxProtocol) -> Violation? {
        guard let item = declaration.parent?.as(CodeBlockItemSyntax.self), let list = item.parent?.as(CodeBlockItemListSyntax.self),
              let index = list.index(of: item) else { return nil }
        var analysis = DefiniteInitialization(name: name, isLet: isLet)
        do {
            try analysis.items(list[list.index(after: index)...])
        } catch let v as Violation {
            return v
        } catch {}
        return nil
    }

    /// The first path of the initialiser body `body` that swiftc rejects for the stored property
    /// `name` without a default value: one returning before it is assigned, one reading it
    /// first, or one assigning a `let` twice; nil if none. `hidden` when a parameter of the
    /// initialiser has the property's name, so that only `self.name` is the property.
    static func firstViolation(ofProperty name: String, isLet: Bool, hidden: Bool, selfMembers: Set<String>,
                               inInitializer body: CodeBlockSyntax) -> Violation? {
        var analysis = DefiniteInitialization(name: name, isLet: isLet)
        analysis.isProperty = true
        analysis.bareNameIsProperty = !hidden
        analysis.selfMembers = selfMembers
        do {
            try analysis.items(body.statements)
            try analysis.returning(at: body.rightBrace)
        } catch let v as Violation {
            return v
        } catch {}
        return nil
    }

    private init(name: String, isLet: Bool) {
        self.name = name
        self.isLet = isLet
    }

    /// swiftc's error for an initialiser's path that returns at `node` before the property is assigned.
    private func returning(at node: some SyntaxProtocol) throws {
        guard isProperty, !shadowed, !state.dead, !state.assigned else { return }
        throw Violation(message: "return from initializer without initializing all stored properties", at: Syntax(node))
    }

    /// The signal that the name is declared again in a nested scope, which ends what refers to it.
    private struct Shadowed: Error {}

    private var kind: String { isLet ? "constant" : "variable" }
    /// The name as swiftc's messages spell it: `self.best` for a property.
    private var spelled: String { isProperty ? "self." + name : name }

    private mutating func items(_ items: some Sequence<CodeBlockItemSyntax>) throws {
        do {
            for item in items {
                switch item.item {
                case .decl(let d): try declaration(d)
                case .stmt(let s): try statement(s)
                case .expr(let e): try expression(e)
                }
            }
        } catch is Shadowed {
            shadowed = true
        }
    }

    private mutating func declaration(_ d: DeclSyntax) throws {
        if let v = d.as(VariableDeclSyntax.self) {
            for binding in v.bindings {
                if let value = binding.initializer?.value { try expression(value) }
                if binding.pattern.tokens(viewMode: .sourceAccurate).contains(where: { $0.text == name }) { throw Shadowed() }
            }
        }
        // A nested function reads the variable when it is called, which this analysis does not follow.
    }

    private mutating func block(_ b: CodeBlockSyntax) throws {
        try items(b.statements)
    }

    private mutating func statement(_ s: StmtSyntax) throws {
        if let e = s.as(ExpressionStmtSyntax.self) { return try expression(e.expression) }
        if let l = s.as(LabeledStmtSyntax.self) { return try statement(l.statement) }
        if let r = s.as(ReturnStmtSyntax.self) {
            if let e = r.expression { try expression(e) }
            // A failable initialiser's `return nil` leaves the properties as they are.
            if r.expression == nil { try returning(at: r.returnKeyword) }
            state.dead = true
            return
        }
        if let t = s.as(ThrowStmtSyntax.self) {
            try expression(t.expression)
            state.dead = true
            return
        }
        if let b = s.as(BreakStmtSyntax.self) {
            // An unlabelled `break` leaves the innermost loop or switch; a labelled one goes where
            // this analysis does not follow, so its loop is taken to assign the variable.
            if b.label == nil, !jumps.isEmpty { jumps[jumps.count - 1].breaks.append(state) }
            state.dead = true
            return
        }
        if let c = s.as(ContinueStmtSyntax.self) {
            if c.label == nil, let loop = jumps.lastIndex(where: \.isLoop) { jumps[loop].continues.append(state) }
            state.dead = true
            return
        }
        if s.is(FallThroughStmtSyntax.self) {
            state.dead = true
            return
        }
        if let g = s.as(GuardStmtSyntax.self) {
            if try conditions(g.conditions) { throw Shadowed() }
            let before = state
            try block(g.body)
            state = before
            return
        }
        if let w = s.as(WhileStmtSyntax.self) {
            if try conditions(w.conditions) { return }
            try loop(w.body, endsOnlyByBreak: DefiniteReturn.isLiteralTrue(w.conditions))
            return
        }
        if let f = s.as(ForStmtSyntax.self) {
            try expression(f.sequence)
            if let w = f.whereClause { try expression(w.condition) }
            if f.pattern.tokens(viewMode: .sourceAccurate).contains(where: { $0.text == name }) { return }
            try loop(f.body)
            return
        }
        if let r = s.as(RepeatStmtSyntax.self) {
            // `repeat { … } while false` runs its body once.
            if r.condition.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.false) { return try block(r.body) }
            try loop(r.body, runsOnce: true)
            try expression(r.condition)
            return
        }
        if let d = s.as(DoStmtSyntax.self) {
            let before = state
            try block(d.body)
            var joined = state
            // A catch is entered from the `try` that threw, before what follows it in the body
            // (`do { x = try f() } catch { x = 0 }` assigns once): taken as before the body.
            for clause in d.catchClauses {
                state = before
                try block(clause.body)
                joined = joined.merged(with: state)
            }
            state = joined
        }
        // `defer` runs at the scope's end, after the uses this analysis checks.
    }

    /// A loop body, which may run any number of times. One pass over it finds what a later run
    /// would: a read is never better initialised on a later run than on the first, and a `let`
    /// that the paths going round again may have assigned is assigned again by the next run
    /// (swiftc blames the body's first assignment). One pass keeps nested loops linear. After the loop the body is taken to have
    /// run; a loop left by `break` is taken to have assigned the variable, as the paths to its
    /// exits are not followed.
    private mutating func loop(_ body: CodeBlockSyntax, runsOnce: Bool = false, endsOnlyByBreak: Bool = false) throws {
        let (before, savedFirst) = (state, firstAssignment)
        firstAssignment = nil
        jumps.append(Jumps(isLoop: true))
        try block(body)
        let found = jumps.removeLast()
        // The state where the body goes round again: its end, and its `continue`s.
        let again = found.continues.reduce(state) { $0.merged(with: $1) }
        if isLet, !before.possibly, !again.dead, again.possibly, let first = firstAssignment {
            throw Violation(message: "immutable value '\(spelled)' may only be initialized once", at: first)
        }
        firstAssignment = savedFirst ?? firstAssignment
        if Self.hasLabelledBreak(Syntax(body)) {
            state = State(assigned: true, possibly: true)
            return
        }
        // The loop ends where its condition fails (before any run, unless it runs once first, and
        // after each), or at a `break`.
        let byCondition = endsOnlyByBreak ? State(dead: true) : runsOnce ? again : before.merged(with: again)
        state = found.breaks.reduce(byCondition) { $0.merged(with: $1) }
    }

    /// The conditions of an `if`, `guard` or `while`; true when one binds the name anew.
    private mutating func conditions(_ list: ConditionElementListSyntax) throws -> Bool {
        for c in list {
            switch c.condition {
            case .expression(let e): try expression(e)
            case .optionalBinding(let b):
                if let value = b.initializer?.value { try expression(value) } else if b.pattern.trimmedDescription == name { try read(b.pattern) }
                if b.pattern.tokens(viewMode: .sourceAccurate).contains(where: { $0.text == name }) { return true }
            case .matchingPattern(let m):
                try expression(m.initializer.value)
                if m.pattern.tokens(viewMode: .sourceAccurate).contains(where: { $0.text == name }) { return true }
            default: break
            }
        }
        return false
    }

    private mutating func read(_ node: some SyntaxProtocol) throws {
        guard !state.dead, !state.assigned else { return }
        if isProperty { throw Violation(message: "'self' used before all stored properties are initialized", at: Syntax(node)) }
        throw Violation(message: "\(kind) '\(name)' used before being initialized", at: Syntax(node))
    }

    private mutating func assign(at op: some SyntaxProtocol) throws {
        guard !state.dead else { return }
        if isLet, state.possibly { throw Violation(message: "immutable value '\(spelled)' may only be initialized once", at: Syntax(op)) }
        if firstAssignment == nil { firstAssignment = Syntax(op) }
        state.assigned = true
        state.possibly = true
    }

    private func isName(_ e: ExprSyntax) -> Bool {
        if isProperty, let m = e.as(MemberAccessExprSyntax.self), m.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self) {
            return m.declName.baseName.text == name && m.declName.argumentNames == nil
        }
        guard bareNameIsProperty else { return false }
        return e.as(DeclReferenceExprSyntax.self)?.baseName.text == name && e.as(DeclReferenceExprSyntax.self)?.argumentNames == nil
    }

    /// Whether `e` uses `self` as a whole in an initialiser: `self`, or one of its methods or
    /// computed properties (`f()`, `twice`, `self.twice`).
    private func usesSelf(_ e: ExprSyntax) -> Bool {
        guard isProperty else { return false }
        if let r = e.as(DeclReferenceExprSyntax.self) {
            return r.baseName.tokenKind == .keyword(.self) || selfMembers.contains(r.baseName.text)
        }
        if let m = e.as(MemberAccessExprSyntax.self), m.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self) {
            return selfMembers.contains(m.declName.baseName.text)
        }
        return false
    }

    /// Walks an expression in evaluation order.
    private mutating func expression(_ e: ExprSyntax) throws {
        if isName(e) || usesSelf(e) { return try read(e) }
        if let s = e.as(SequenceExprSyntax.self) {
            let elements = Array(s.elements)
            // `(a, b) = (1, 2)` assigns each name the tuple lists, after the value is evaluated.
            if elements.count >= 3, elements[1].is(AssignmentExprSyntax.self), let targets = elements[0].as(TupleExprSyntax.self) {
                for value in elements[2...] { try expression(value) }
                for target in Self.flattened(targets) {
                    if isName(target) { try assign(at: elements[1]) } else { try expression(target) }
                }
                return
            }
            if elements.count >= 3, isName(elements[0]) {
                if elements[1].is(AssignmentExprSyntax.self) {
                    for value in elements[2...] { try expression(value) }
                    return try assign(at: elements[1])
                }
                if let op = elements[1].as(BinaryOperatorExprSyntax.self), op.operator.text.hasSuffix("="),
                   !["==", "!=", "<=", ">=", "==="].contains(op.operator.text) {
                    // A compound assignment passes the variable by reference.
                    guard state.dead || state.assigned else {
                        throw Violation(message: "\(kind) '\(spelled)' passed by reference before being initialized", at: Syntax(op))
                    }
                    for value in elements[2...] { try expression(value) }
                    return
                }
            }
        }
        if let io = e.as(InOutExprSyntax.self), isName(io.expression) {
            guard state.dead || state.assigned else {
                // swiftc points at the call the variable is passed to.
                var call = Syntax(io)
                while let parent = call.parent, !call.is(FunctionCallExprSyntax.self) { call = parent }
                throw Violation(message: "\(kind) '\(spelled)' passed by reference before being initialized",
                                at: call.is(FunctionCallExprSyntax.self) ? call : Syntax(io))
            }
            return
        }
        if let closure = e.as(ClosureExprSyntax.self) {
            // A closure captures the variable when it is made.
            guard !state.dead, !state.assigned, bareNameIsProperty, mentions(Syntax(closure)) else { return }
            throw Violation(message: "\(kind) '\(spelled)' captured by a closure before being initialized", at: Syntax(closure.leftBrace))
        }
        if let m = e.as(MemberAccessExprSyntax.self) {
            // `self.other` is another property of `self`, not `self` as a whole.
            if let base = m.base, !(isProperty && base.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)) {
                try expression(base)
            }
            return
        }
        if let i = e.as(IfExprSyntax.self) { return try ifExpression(i) }
        if let s = e.as(SwitchExprSyntax.self) { return try switchExpression(s) }
        if let call = e.as(FunctionCallExprSyntax.self), DefiniteReturn.neverReturns(e) {
            for a in call.arguments { try expression(a.expression) }
            state.dead = true
            return
        }
        for child in e.children(viewMode: .sourceAccurate) {
            if let sub = child.as(ExprSyntax.self) {
                try expression(sub)
            } else {
                for expr in Self.expressions(in: child) { try expression(expr) }
            }
        }
    }

    /// The elements of a tuple expression, those of nested tuples among them one by one.
    private static func flattened(_ t: TupleExprSyntax) -> [ExprSyntax] {
        t.elements.flatMap { e in e.expression.as(TupleExprSyntax.self).map(flattened) ?? [e.expression] }
    }

    /// The outermost expressions inside a node that is not one (an argument list, a labelled argument).
    private static func expressions(in node: Syntax) -> [ExprSyntax] {
        node.children(viewMode: .sourceAccurate).flatMap { child -> [ExprSyntax] in
            if let e = child.as(ExprSyntax.self) { return [e] }
            if child.is(CodeBlockSyntax.self) || child.is(CodeBlockItemListSyntax.self) { return [] }
            return expressions(in: child)
        }
    }

    private mutating func ifExpression(_ i: IfExprSyntax) throws {
        if try conditions(i.conditions) {
            // The body sees the new binding; an `else` still sees the variable.
            let before = state
            if let e = i.elseBody { try elseBody(e) }
            state = state.merged(with: before)
            return
        }
        let before = state
        try block(i.body)
        let then = state
        state = before
        if let e = i.elseBody { try elseBody(e) }
        state = state.merged(with: then)
    }

    private mutating func elseBody(_ e: IfExprSyntax.ElseBody) throws {
        switch e {
        case .ifExpr(let nested): try ifExpression(nested)
        case .codeBlock(let b): try block(b)
        }
    }

    private mutating func switchExpression(_ s: SwitchExprSyntax) throws {
        try expression(s.subject)
        let before = state
        var joined = State(dead: true)
        for c in s.cases {
            guard let c = c.as(SwitchCaseSyntax.self) else { continue }
            state = before
            if case .case(let label) = c.label, label.caseItems.contains(where: {
                $0.pattern.tokens(viewMode: .sourceAccurate).contains { $0.text == name }
            }) {
                continue
            }
            // A `break` in a case leaves the switch.
            jumps.append(Jumps(isLoop: false))
            try items(c.statements)
            let found = jumps.removeLast()
            joined = found.breaks.reduce(joined.merged(with: state)) { $0.merged(with: $1) }
        }
        state = joined
    }

    /// Whether a `break` with a label stands inside `node`.
    private static func hasLabelledBreak(_ node: Syntax) -> Bool {
        if let b = node.as(BreakStmtSyntax.self) { return b.label != nil }
        return node.children(viewMode: .sourceAccurate).contains(where: hasLabelledBreak)
    }

    /// Whether the name is used anywhere inside `node`.
    private func mentions(_ node: Syntax) -> Bool {
        node.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .identifier(name) }
    }
}
