import SwiftSyntax

extension Compiler {
    /// Compiles a list of statements in the current scope, declaring its functions and
    /// structs first so they may be used before (and by) each other.
    func statements(_ items: CodeBlockItemListSyntax) throws -> Exec {
        try hoist(items)
        return try chained(Array(items)[...])
    }

    /// Chains statements; a `defer` runs its block after the statements that follow it.
    private func chained(_ items: ArraySlice<CodeBlockItemSyntax>) throws -> Exec {
        var chain = ExecChain()
        for (i, item) in zip(items.indices, items) {
            if case .stmt(let s) = item.item, let d = s.as(DeferStmtSyntax.self) {
                var deferred: Exec = { _ in .normal }
                try recovering(item) {
                    try checkNoTransferOut(of: d)
                    deferred = try block(d.body)
                }
                chain.append(deferring(deferred, try chained(items[(i + 1)...])))
                return chain.exec
            }
            var exec: Exec?
            try recovering(item) { exec = try statement(item.item) }
            if let exec { chain.append(exec) }
        }
        return chain.exec
    }

    /// swiftc's error for a `return`, a `break` or `continue` of a loop outside it, or a `throw`
    /// not caught inside it, in the body of `d`: control cannot leave a `defer` but by its end.
    private func checkNoTransferOut(of d: DeferStmtSyntax) throws {
        final class Exits: SyntaxVisitor {
            var found: (Syntax, String)?
            var loops = 0, switches = 0, catching = 0
            func note(_ node: some SyntaxProtocol, _ message: String) { if found == nil { found = (Syntax(node), message) } }
            override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: ReturnStmtSyntax) -> SyntaxVisitorContinueKind {
                note(node.returnKeyword, "'return' cannot transfer control out of a defer statement")
                return .skipChildren
            }
            override func visit(_ node: BreakStmtSyntax) -> SyntaxVisitorContinueKind {
                if loops + switches == 0 || node.label != nil { note(node.breakKeyword, "'break' cannot transfer control out of a defer statement") }
                return .skipChildren
            }
            override func visit(_ node: ContinueStmtSyntax) -> SyntaxVisitorContinueKind {
                if loops == 0 || node.label != nil { note(node.continueKeyword, "'continue' cannot transfer control out of a defer statement") }
                return .skipChildren
            }
            override func visit(_ node: ThrowStmtSyntax) -> SyntaxVisitorContinueKind {
                if catching == 0 { note(node.throwKeyword, "errors cannot be thrown out of a defer body") }
                return .skipChildren
            }
            override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind { loops += 1; return .visitChildren }
            override func visitPost(_ node: ForStmtSyntax) { loops -= 1 }
            override func visit(_ node: WhileStmtSyntax) -> SyntaxVisitorContinueKind { loops += 1; return .visitChildren }
            override func visitPost(_ node: WhileStmtSyntax) { loops -= 1 }
            override func visit(_ node: RepeatStmtSyntax) -> SyntaxVisitorContinueKind { loops += 1; return .visitChildren }
            override func visitPost(_ node: RepeatStmtSyntax) { loops -= 1 }
            override func visit(_ node: SwitchExprSyntax) -> SyntaxVisitorContinueKind { switches += 1; return .visitChildren }
            override func visitPost(_ node: SwitchExprSyntax) { switches -= 1 }
            override func visit(_ node: DoStmtSyntax) -> SyntaxVisitorContinueKind {
                // A `do` with a catch-all clause catches what its body throws.
                let catchesAll = node.catchClauses.contains { $0.catchItems.isEmpty }
                if catchesAll { catching += 1 }
                walk(node.body)
                if catchesAll { catching -= 1 }
                for clause in node.catchClauses { walk(clause) }
                return .skipChildren
            }
        }
        let exits = Exits(viewMode: .sourceAccurate)
        exits.walk(d.body)
        if let (node, message) = exits.found { throw error(node, message) }
    }

    /// Compiles `{ … }` in a new scope.
    func block(_ body: CodeBlockSyntax) throws -> Exec {
        var exec: Exec?
        try withScope { exec = try statements(body.statements) }
        return exec!
    }


    /// Compiles one statement, declaration or expression.
    func statement(_ item: CodeBlockItemSyntax.Item) throws -> Exec {
        switch item {
        case .decl(let d): return try declaration(d)
        case .stmt(let s): return try statement(s, label: nil)
        case .expr(let e): return try expressionStatement(e)
        }
    }

    /// An expression evaluated for its effect.
    func expressionStatement(_ e: ExprSyntax) throws -> Exec {
        if let i = e.as(IfExprSyntax.self) { return try ifStatement(i) }
        if let s = e.as(SwitchExprSyntax.self) { return try switchStatement(s, label: nil) }
        let value = try expression(e)
        if let statement = value.statement { return statement }
        let code = value.code
        return { f in
            _ = try code(f)
            return .normal
        }
    }

    private func declaration(_ d: DeclSyntax) throws -> Exec {
        if let v = d.as(VariableDeclSyntax.self) { return try variableDeclaration(v) }
        if let fn = d.as(FunctionDeclSyntax.self) { return try functionDeclaration(fn) }
        if d.is(StructDeclSyntax.self) || d.is(EnumDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(ProtocolDeclSyntax.self) || d.is(ExtensionDeclSyntax.self) || d.is(ImportDeclSyntax.self)
            || d.is(TypeAliasDeclSyntax.self) || d.is(OperatorDeclSyntax.self) || d.is(PrecedenceGroupDeclSyntax.self) {
            return { _ in .normal }
        }
        throw unsupported(d, "this declaration")
    }

    private func statement(_ s: StmtSyntax, label: String?) throws -> Exec {
        if let e = s.as(ExpressionStmtSyntax.self) {
            if let sw = e.expression.as(SwitchExprSyntax.self) { return try switchStatement(sw, label: label) }
            return try expressionStatement(e.expression)
        }
        if let l = s.as(LabeledStmtSyntax.self) { return try statement(l.statement, label: l.label.text) }
        if let w = s.as(WhileStmtSyntax.self) { return try whileLoop(w, label: label) }
        if let r = s.as(RepeatStmtSyntax.self) { return try repeatLoop(r, label: label) }
        if let fs = s.as(ForStmtSyntax.self) { return try forLoop(fs, label: label) }
        if let g = s.as(GuardStmtSyntax.self) { return try guardStatement(g) }
        if let t = s.as(ThrowStmtSyntax.self) { return try throwStatement(t) }
        if let d = s.as(DoStmtSyntax.self) { return try doStatement(d) }
        if s.is(DeferStmtSyntax.self) { throw unsupported(s, "'defer' at the top level of a block (put it in a function or a 'do { }')") }
        if let r = s.as(ReturnStmtSyntax.self) { return try returnStatement(r) }
        if let b = s.as(BreakStmtSyntax.self) {
            let id = try target(b.label?.text, loopOnly: false, b)
            return { _ in .breakOut(id) }
        }
        if s.is(FallThroughStmtSyntax.self) {
            guard let innermost = targets.last, !innermost.isLoop else {
                throw error(s, "'fallthrough' is only allowed inside a switch")
            }
            return { _ in .fallingThrough }
        }
        if let c = s.as(ContinueStmtSyntax.self) {
            let id = try target(c.label?.text, loopOnly: true, c)
            return { _ in .continueLoop(id) }
        }
        throw unsupported(s, "'\(s.firstToken(viewMode: .sourceAccurate)?.text ?? "this")' statements")
    }

    private func target(_ label: String?, loopOnly: Bool, _ node: some SyntaxProtocol) throws -> Int {
        let found = targets.last { t in label.map { t.label == $0 } ?? (t.isLoop || !loopOnly) }
        guard let found else {
            throw error(node, label.map { "use of unresolved label '\($0)'" }
                ?? (loopOnly ? "'continue' is only allowed inside a loop" : "'break' is only allowed inside a loop or switch"))
        }
        return found.id
    }

    /// Compiles a loop or switch body with a fresh target id for `break` and `continue`.
    func withTarget(_ label: String?, isLoop: Bool, _ body: (Int) throws -> Exec) rethrows -> Exec {
        let id = nextTargetID
        nextTargetID += 1
        targets.append((label, id, isLoop))
        defer { targets.removeLast() }
        return try body(id)
    }

    // MARK: Declarations

    /// The type annotation of a binding: its own, or in `var x, y: Double` (names without a
    /// value or type before one with a type) the one that follows, as Swift reads it.
    func sharedAnnotation(of binding: PatternBindingSyntax) -> TypeSyntax? {
        if let own = binding.typeAnnotation { return own.type }
        guard binding.initializer == nil, binding.accessorBlock == nil,
              let list = binding.parent?.as(PatternBindingListSyntax.self) else { return nil }
        for later in list[list.index(after: list.index(of: binding)!)...] {
            if let type = later.typeAnnotation?.type { return type }
            if later.initializer != nil || later.accessorBlock != nil { return nil }
        }
        return nil
    }

    private func variableDeclaration(_ v: VariableDeclSyntax) throws -> Exec {
        let mutable = v.bindingSpecifier.tokenKind == .keyword(.var)
        // A note's top-level variables are a program's globals, which Swift initialises lazily already.
        if scope === globalScope, isLazy(v) { throw error(v, "'lazy' cannot be used on an already-lazy global") }
        if let weak = v.modifiers.first(where: { [.keyword(.weak), .keyword(.unowned)].contains($0.name.tokenKind) }) {
            throw unsupported(weak, "'\(weak.name.text)' variables (a class's stored properties may be 'weak')")
        }
        var chain = ExecChain()
        for binding in v.bindings {
            // A name declared twice in one scope (a block's globals are the note's: `let steps` in
            // two blocks is one program declaring it twice).
            // (A function's parameters are a scope outside its body's: `var x = x` shadows one.)
            for token in binding.pattern.tokens(viewMode: .sourceAccurate) {
                guard case .identifier(let name) = token.tokenKind else { continue }
                if scope.declaredVariables.contains(name), scope.bindings[name] != nil {
                    throw error(token, "invalid redeclaration of '\(name)'")
                }
                scope.declaredVariables.insert(name)
            }
            let accessors = binding.accessorBlock.map(Self.accessors)
            if let accessors {
                try checkAccessors(accessors, of: binding, in: v)
                if Self.isComputed(accessors) {
                    try declareComputedVariable(binding, accessors)
                    continue
                }
            }
            let annotated = try sharedAnnotation(of: binding).map { try annotationType($0, initializer: binding.initializer?.value) }
            guard let initializer = binding.initializer else {
                guard let annotated, let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw error(binding, "type annotation missing in pattern")
                }
                let name = id.identifier.text
                // An optional `var` starts as nil.
                if mutable, case .optional = annotated {
                    let declared = try observed(declare(name, annotated, mutable: true), name, accessors, of: binding)
                    chain.append(store(Typed(type: annotated) { _ in .none }, into: place(of: declared)))
                    continue
                }
                if accessors != nil { throw error(id, "non-member observing properties require an initializer") }
                if let v = DefiniteInitialization.firstViolation(of: name, isLet: !mutable, declaredBy: v) { throw error(v.at, v.message) }
                var declared = declare(name, annotated, mutable: mutable)
                if !mutable {
                    declared.initializedLater = true
                    scope.bindings[name] = declared
                }
                continue
            }
            var value = try escaping(initializer.value, as: .initial) { try expression(initializer.value, expected: annotated) }
            if let annotated {
                value = Typed(type: annotated, code: try coerce(value, to: annotated, initializer.value, role: "specified type"))
            } else if case .nilLiteral = value.type {
                throw error(initializer.value, "'nil' requires a contextual type")
            }
            if let id = binding.pattern.as(IdentifierPatternSyntax.self) {
                var declared = declare(id.identifier.text, value.type, mutable: mutable)
                if value.isArraySlice || (!mutable && value.known != nil) {
                    declared.isArraySlice = value.isArraySlice
                    // (A variable's slice may lose its first elements, moving its start.)
                    declared.sliceIndexedFromZero = value.sliceIndexedFromZero && !mutable
                    declared.known = mutable ? nil : value.known
                    scope.bindings[id.identifier.text] = declared
                }
                declared = try observed(declared, id.identifier.text, accessors, of: binding)
                chain.append(store(value, into: place(of: declared)))
                continue
            }
            // `let (a, b) = p` of a value that is no pair: swiftc reports it at the value.
            if let tuple = binding.pattern.as(TuplePatternSyntax.self), !value.type.isTuple {
                // An optional pair: swiftc asks for it to be unwrapped.
                if case .optional(let wrapped) = value.type, wrapped.isTuple {
                    throw error(initializer.value, "value of optional type '\(value.type)' must be unwrapped to a value of type '\(wrapped)'")
                }
                let placeholders = tuple.elements.map { _ in "_" }.joined(separator: ", ")
                throw error(initializer.value, "cannot convert value of type '\(value.type)' to specified type '(\(placeholders))'")
            }
            let store = try bind(binding.pattern, value.type, mutable: mutable)
            let code = value.code
            chain.append { f in
                try store(f, try code(f))
                return .normal
            }
        }
        return chain.exec
    }

    /// Declares the names of an identifier or tuple pattern and returns code storing into them.
    func bind(_ pattern: PatternSyntax, _ type: SType, mutable: Bool) throws -> (Frame, Value) throws -> Void {
        if let id = pattern.as(IdentifierPatternSyntax.self) {
            let store = write(declare(id.identifier.text, type, mutable: mutable))
            return { f, v in store(f, v) }
        }
        if pattern.is(WildcardPatternSyntax.self) { return { _, _ in } }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            guard case .tuple(let types, _) = type, types.count == tuple.elements.count else {
                // Fewer names than elements: swiftc names both tuple types, at the value.
                if case .tuple(let types, _) = type, types.count > tuple.elements.count,
                   let value = pattern.parent?.as(PatternBindingSyntax.self)?.initializer?.value {
                    let target = SType.tuple(Array(types.prefix(tuple.elements.count)), labels: Array(repeating: nil, count: tuple.elements.count))
                    throw error(value, "'\(type)' is not convertible to '\(target)', tuples have a different number of elements")
                }
                throw error(pattern, "cannot destructure a value of type '\(type)' with \(tuple.elements.count) names")
            }
            let stores = try zip(tuple.elements, types).map { try bind($0.pattern, $1, mutable: mutable) }
            return { f, v in
                guard case .tuple(let t) = v else { return }
                for (store, element) in zip(stores, t.elements) { try store(f, element) }
            }
        }
        if let vb = pattern.as(ValueBindingPatternSyntax.self) {
            return try bind(vb.pattern, type, mutable: vb.bindingSpecifier.tokenKind == .keyword(.var))
        }
        // `if let (i, s) = pair`: the parser reads the names as a tuple expression.
        if let tuple = pattern.as(ExpressionPatternSyntax.self)?.expression.as(TupleExprSyntax.self),
           case .tuple(let types, _) = type, types.count == tuple.elements.count {
            let stores = try zip(tuple.elements, types).map { element, t -> (Frame, Value) throws -> Void in
                if element.expression.is(DiscardAssignmentExprSyntax.self) { return { _, _ in } }
                guard let inner = element.expression.as(PatternExprSyntax.self)?.pattern, element.label == nil else {
                    throw unsupported(element, "this pattern")
                }
                return try bind(inner, t, mutable: mutable)
            }
            return { f, v in
                guard case .tuple(let t) = v else { return }
                for (store, element) in zip(stores, t.elements) { try store(f, element) }
            }
        }
        throw unsupported(pattern, "this pattern")
    }

    /// Code binding the names of a `for` loop's pattern, which always matches.
    /// The code binding a `for` loop's element to its pattern, and the variable's place when the
    /// pattern is a single name.
    private func binder(_ pattern: PatternSyntax, _ type: SType) throws -> (Matcher, Place?) {
        if let id = pattern.as(IdentifierPatternSyntax.self) {
            let place = place(of: declare(id.identifier.text, type, mutable: false))
            return (storing(into: place), place)
        }
        let store = try bind(pattern, type, mutable: false)
        return ({ f, v in
            try store(f, v)
            return true
        }, nil)
    }

    // MARK: Conditionals

    /// Compiles the conditions of `if`, `guard` and `while`: Boolean expressions and
    /// optional bindings, declared in the current scope.
    func conditions(_ list: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        let tests: [(Frame) throws -> Bool] = try list.map { element in
            switch element.condition {
            case .expression(let e):
                let code = try expression(e, as: .bool)
                return { f in
                    guard case .bool(let b) = try code(f) else { return false }
                    return b
                }
            case .optionalBinding(let ob):
                let value: Typed
                if let initializer = ob.initializer {
                    value = try expression(initializer.value)
                } else if let id = ob.pattern.as(IdentifierPatternSyntax.self) {
                    value = try reference(id.identifier.text, Syntax(id))
                } else {
                    throw unsupported(ob, "this optional binding")
                }
                guard case .optional(let wrapped) = value.type else {
                    throw error(ob, "initializer for conditional binding must have Optional type, not '\(value.type)'")
                }
                var type = wrapped
                if let annotation = ob.typeAnnotation {
                    type = try resolveType(annotation.type)
                    try require(wrapped, type, annotation)
                }
                let store = try bind(ob.pattern, type, mutable: ob.bindingSpecifier.tokenKind == .keyword(.var))
                let code = value.code
                return { f in
                    guard case .some(let v) = try code(f) else { return false }
                    try store(f, v)
                    return true
                }
            case .matchingPattern(let mp):
                let value = try expression(mp.initializer.value)
                let (matches, _) = try pattern(mp.pattern, value.type, binding: nil)
                let code = value.code
                return { f in try matches(f, try code(f)) }
            default:
                throw unsupported(element, "this condition")
            }
        }
        if tests.count == 1 { return tests[0] }
        return { f in
            for t in tests where !(try t(f)) { return false }
            return true
        }
    }

    /// Compiles the conditions of `if` and, with the names they bind in scope, its first branch by
    /// `then`, which keeps the code it compiles (see `withScope(_:)`).
    private func conditional(_ i: IfExprSyntax, _ then: () throws -> Void) throws -> (Frame) throws -> Bool {
        let saved = scope
        scope = Scope(parent: saved, function: saved.function)
        defer { scope = saved }
        let test = try conditions(i.conditions)
        try then()
        return test
    }

    /// Compiles `if` used as a statement.
    func ifStatement(_ i: IfExprSyntax) throws -> Exec {
        var thenCode: Exec?
        let test = try conditional(i) { thenCode = try block(i.body) }
        let then = thenCode!
        let otherwise: Exec
        switch i.elseBody {
        case .ifExpr(let nested): otherwise = try ifStatement(nested)
        case .codeBlock(let b): otherwise = try block(b)
        case nil: otherwise = { _ in .normal }
        }
        return { f in try test(f) ? try then(f) : try otherwise(f) }
    }

    /// Compiles `if` used as an expression (`let v = if c { a } else { b }`): every branch is one
    /// expression, and an `else` is required, as in Swift.
    func ifExpression(_ i: IfExprSyntax, expected: SType?) throws -> Typed {
        guard let elseBody = i.elseBody else {
            throw error(i, "'if' must have an unconditional 'else' to be used as expression")
        }
        var thenValue: Typed?
        let test = try conditional(i) { thenValue = try branchValue(i.body, expected: expected) }
        let then = thenValue!
        let type = expected ?? then.type
        let thenCode = try coerce(then, to: type, i.body)
        let otherwise: Code
        switch elseBody {
        case .ifExpr(let nested): otherwise = try coerce(ifExpression(nested, expected: type), to: type, nested)
        case .codeBlock(let b): otherwise = try coerce(withScope { try branchValue(b, expected: type) }, to: type, b)
        }
        return Typed(type: type) { f in try test(f) ? try thenCode(f) : try otherwise(f) }
    }

    /// Whether every branch of `i` is a single expression and it has an `else`, so that as a
    /// function's whole body it is the returned value.
    func isValueIf(_ i: IfExprSyntax) -> Bool {
        let single = { (b: CodeBlockSyntax) -> Bool in
            guard b.statements.count == 1, case .expr = b.statements.first!.item else { return false }
            return true
        }
        switch i.elseBody {
        case .ifExpr(let nested)?: return single(i.body) && isValueIf(nested)
        case .codeBlock(let b)?: return single(i.body) && single(b)
        case nil: return false
        }
    }

    /// The value of a branch of an `if` expression: its single expression.
    private func branchValue(_ b: CodeBlockSyntax, expected: SType?) throws -> Typed {
        guard b.statements.count == 1, case .expr(let e) = b.statements.first!.item else {
            throw unsupported(b, "'if' expression branches other than a single expression")
        }
        return try expression(e, expected: expected)
    }

    private func guardStatement(_ g: GuardStmtSyntax) throws -> Exec {
        if DefiniteReturn.canReachEnd(g.body.statements) {
            throw error(g.guardKeyword, "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope")
        }
        let test = try conditions(g.conditions)
        let body = try block(g.body)
        return { f in
            if try test(f) { return .normal }
            let r = try body(f)
            return r
        }
    }

    private func returnStatement(_ r: ReturnStmtSyntax) throws -> Exec {
        let function = self.function.owner
        if function.isGlobal { throw unsupported(r, "'return' outside a function") }
        guard let e = r.expression else {
            if let expected = function.returnType, !expected.conforms(to: .void) {
                throw error(r, "non-void function should return a value")
            }
            return { f in
                f.result = .void
                return .returned
            }
        }
        if function.isInitializer {
            guard e.is(NilLiteralExprSyntax.self) else { throw error(r, "'nil' is the only return value permitted in an initializer") }
            guard function.isFailable else { throw error(r, "only a failable initializer can return 'nil'") }
            // A failable initialiser fails: its caller gives nil.
            return { f in
                f.result = .none
                return .returned
            }
        }
        let code = try returned(e, from: function)
        return { f in
            f.result = try code(f)
            return .returned
        }
    }

    /// Compiles a returned value: converted to `function`'s result type, or, for a closure whose
    /// result type is still being inferred, fixing it.
    func returned(_ e: ExprSyntax, from function: FunctionContext) throws -> Code {
        try escaping(e, as: .stored) { try returnedValue(e, from: function) }
    }

    /// The code of `returned`, with `e` known to escape.
    private func returnedValue(_ e: ExprSyntax, from function: FunctionContext) throws -> Code {
        if let expected = function.returnType {
            return try coerce(expression(e, expected: expected), to: expected, e, role: function.isClosure ? "closure result type" : "return type")
        }
        let typed = try expression(e)
        // A closure that also returns `nil` returns optionals (`compactMap { x in if x > 0 { return x } else { return nil } }`).
        if function.alsoReturnsNil, !typed.type.isOptional, !typed.type.isExactly(.nilLiteral) {
            function.returnType = .optional(typed.type)
            return try coerce(typed, to: .optional(typed.type), e)
        }
        function.returnType = typed.type
        return typed.code
    }

    // MARK: Loops

    private func whileLoop(_ w: WhileStmtSyntax, label: String?) throws -> Exec {
        let runtime = self.runtime, at = self.at(w)
        return try withTarget(label, isLoop: true) { id in
            var testCode: ((Frame) throws -> Bool)?, bodyCode: Exec?
            let iteration = try iterationScope(creatingClosures: createsClosures(Syntax(w.body)) || createsClosures(Syntax(w.conditions))) {
                testCode = try conditions(w.conditions)
                bodyCode = try block(w.body)
            }
            let test = testCode!, body = bodyCode!
            return { f in
                while true {
                    // `while let` bindings and the body's variables live in the iteration's frame.
                    let frame = iteration?(f) ?? f
                    guard try test(frame) else { return .normal }
                    try runtime.tick(at)
                    switch try body(frame) {
                    case .normal, .continueLoop(id): continue
                    case .breakOut(id): return .normal
                    case .returned:
                        f.result = frame.result
                        return .returned
                    case let other: return other
                    }
                }
            }
        }
    }

    private func repeatLoop(_ r: RepeatStmtSyntax, label: String?) throws -> Exec {
        let runtime = self.runtime, at = self.at(r)
        return try withTarget(label, isLoop: true) { id in
            var bodyCode: Exec?
            let iteration = try iterationScope(creatingClosures: createsClosures(Syntax(r.body))) { bodyCode = try block(r.body) }
            let body = bodyCode!
            // The condition cannot see the body's variables, so it runs in the loop's own frame.
            let test = try expression(r.condition, as: .bool)
            return { f in
                repeat {
                    try runtime.tick(at)
                    let frame = iteration?(f) ?? f
                    switch try body(frame) {
                    case .normal, .continueLoop(id): break
                    case .breakOut(id): return .normal
                    case .returned:
                        f.result = frame.result
                        return .returned
                    case let other: return other
                    }
                } while try test(f) == .bool(true)
                return .normal
            }
        }
    }

    /// Compiles a loop's per-iteration part (its body, and a `while`'s conditions) by `compile`, in
    /// a new scope; `compile` keeps the code it compiles (see `withScope(_:)`). When that part
    /// creates closures, the scope's variables live in a fresh frame per iteration, so each closure
    /// captures its own iteration's variables, as in Swift; otherwise they share the enclosing
    /// frame. Returns the maker of an iteration's frame (a child of the enclosing frame; nil when
    /// iterations share the enclosing frame).
    private func iterationScope(creatingClosures: Bool, _ compile: () throws -> Void) throws -> ((Frame) -> Frame)? {
        let saved = scope
        defer { scope = saved }
        guard creatingClosures else {
            scope = Scope(parent: saved, function: saved.function)
            try compile()
            return nil
        }
        let context = FunctionContext(parent: function, returnType: nil, loopOf: function)
        scope = Scope(parent: saved, function: context)
        try compile()
        let slots = context.slotCount
        return { Frame(count: slots, parent: $0) }
    }

    private func forLoop(_ loop: ForStmtSyntax, label: String?) throws -> Exec {
        if loop.tryKeyword != nil || loop.awaitKeyword != nil {
            throw unsupported(loop, "this form of 'for'")
        }
        // `for let i in …`: the loop's names are constants already.
        if loop.caseKeyword == nil, let binding = loop.pattern.as(ValueBindingPatternSyntax.self), binding.bindingSpecifier.tokenKind == .keyword(.let) {
            throw error(binding, "'let' pattern cannot appear nested in an already immutable context")
        }
        // `for x: Double in [1, 2]`: the annotation types an array literal's elements, and must
        // be the type of another sequence's.
        let annotated = try loop.typeAnnotation.map { try resolveType($0.type) }
        let sequence = try expression(loop.sequence, expected: loop.sequence.is(ArrayExprSyntax.self) ? annotated.map(SType.array) : nil)
        guard let element = sequence.type.elementType else {
            try refusePartialRange(sequence.type, loop.sequence, "a for-in loop over a partial range; loop over one with both bounds ('a...b') or over 'zip(a..., xs)'")
            throw error(loop.sequence, "for-in loop requires '\(sequence.type)' to be a sequence")
        }
        if let annotated, !element.isExactly(annotated) {
            if case .range = sequence.type { throw unsupported(loop.sequence, "ranges of '\(annotated)'; loop over an 'Int' range and convert") }
            throw error(loop.sequence, "cannot convert sequence element type '\(element)' to expected type '\(annotated)'")
        }
        let runtime = self.runtime, at = self.at(loop)
        // `for (i, x) in s.enumerated()` of a sequence of the note, which may be endless: its
        // elements one at a time, counted.
        var enumerated: ((Frame, (Value) throws -> Bool) throws -> Void)?
        if let call = loop.sequence.as(FunctionCallExprSyntax.self), call.arguments.isEmpty, call.trailingClosure == nil,
           let m = call.calledExpression.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "enumerated",
           let base = m.base, let iterate = noteIteration(try expression(base), at) {
            enumerated = { f, body in
                var offset = 0
                try iterate(f) { x in
                    defer { offset += 1 }
                    return try body(.tuple(.enumerated(offset, x)))
                }
            }
        }
        let closures = createsClosures(Syntax(loop.body)) || loop.whereClause.map { createsClosures(Syntax($0)) } == true
        return try withTarget(label, isLoop: true) { id in
            var storeCode: Matcher?, variable: Place?, filterCode: Code?, bodyCode: Exec?
            let iteration = try iterationScope(creatingClosures: closures) {
                if loop.caseKeyword == nil {
                    // `for (i, row) in rows` without `.enumerated()`: swiftc reports it at the sequence.
                    if let tuple = loop.pattern.as(TuplePatternSyntax.self) {
                        if !element.isTuple { throw error(loop.sequence, "tuple pattern cannot match values of non-tuple type '\(element)'") }
                        if case .tuple(let types, _) = element, types.count != tuple.elements.count {
                            throw error(loop.sequence, "pattern cannot match values of type '\(element)'")
                        }
                    }
                    (storeCode, variable) = try binder(loop.pattern, element)
                } else {
                    storeCode = try pattern(loop.pattern, element, binding: nil).0
                }
                filterCode = try loop.whereClause.map { try expression($0.condition, as: .bool) }
                bodyCode = try block(loop.body)
            }
            let store = storeCode!, filter = filterCode, body = bodyCode!
            let seq = sequence.code
            // The loop of every numeric experiment: over a range, into one variable, in the
            // enclosing frame.
            if iteration == nil, filter == nil, let variable, case .range = sequence.type {
                return rangeLoop(seq, into: variable, body, id, at)
            }
            // One iteration; returns nil to go on, or how the loop ends.
            let step: (Frame, Value) throws -> Flow? = { f, v in
                try runtime.tick(at)
                let frame = iteration?(f) ?? f
                if !(try store(frame, v)) { return nil }
                if let filter, try filter(frame) != .bool(true) { return nil }
                switch try body(frame) {
                case .normal, .continueLoop(id): return nil
                case .breakOut(id): return .normal
                case .returned:
                    f.result = frame.result
                    return .returned
                case let other: return other
                }
            }
            // A sequence of the note gives its elements one at a time.
            if let iterate = enumerated ?? noteIteration(sequence, at) {
                return { f in
                    var flow = Flow.normal
                    try iterate(f) { x in
                        guard let ended = try step(f, x) else { return true }
                        flow = ended
                        return false
                    }
                    return flow
                }
            }
            return { f in
                switch try seq(f) {
                case .range(let r):
                    // A `ClosedRange` iterates up to `Int.max` without overflowing.
                    guard let span = r.span else { break }
                    for i in span {
                        if let flow = try step(f, .int(i)) { return flow }
                    }
                case .array(let xs):
                    for x in xs { if let flow = try step(f, x) { return flow } }
                case .vector(let v):
                    for x in v.scalars { if let flow = try step(f, .double(x)) { return flow } }
                case .dictionary(let d):
                    for (k, v) in zip(d.keys, d.values) {
                        if let flow = try step(f, .tuple(TupleValue(elements: [k, v], labels: ["key", "value"]))) { return flow }
                    }
                case .string(let s):
                    for c in s { if let flow = try step(f, .string(String(c))) { return flow } }
                case .object(let o):
                    for x in o.type.sequence?.elements(o.value) ?? [] { if let flow = try step(f, x) { return flow } }
                default: break
                }
                return .normal
            }
        }
    }

    /// Whether `node` contains a closure or a nested function, which may capture loop variables.
    /// Answers are remembered per node, so asking for every nested loop and function of a block
    /// walks the block once, not once per level of nesting.
    func createsClosures(_ node: Syntax) -> Bool {
        if let known = closureCreators[node.id] { return known }
        let answer = node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self)
            || node.children(viewMode: .sourceAccurate).contains { createsClosures($0) }
        closureCreators[node.id] = answer
        return answer
    }
}

/// Statements run in order, stopping at the first that does not finish normally.
struct ExecChain {
    /// The statements so far.
    private var steps: [Step] = []

    /// A statement in the array: a struct, so the closure keeps its own calling convention
    /// (see `Compiler.withScope(_:)`).
    private struct Step {
        let run: Exec
    }

    /// Appends a statement, run if the ones before finish normally.
    mutating func append(_ next: @escaping Exec) {
        steps.append(Step(run: next))
    }

    /// The statements as one.
    var exec: Exec { Self.chained(steps[...]) }

    /// Up to three statements per closure, each holding its statements as constants: a closure
    /// calls what it captured without retaining it, where a loop over an array of statements
    /// would retain each one it takes out.
    private static func chained(_ steps: ArraySlice<Step>) -> Exec {
        let i = steps.startIndex
        switch steps.count {
        case 0: return { _ in .normal }
        case 1: return steps[i].run
        case 2:
            let (a, b) = (steps[i].run, steps[i + 1].run)
            return { f in
                let flow = try a(f)
                guard case .normal = flow else { return flow }
                return try b(f)
            }
        case 3:
            let (a, b, c) = (steps[i].run, steps[i + 1].run, steps[i + 2].run)
            return { f in
                var flow = try a(f)
                guard case .normal = flow else { return flow }
                flow = try b(f)
                guard case .normal = flow else { return flow }
                return try c(f)
            }
        default:
            let (a, b, c, rest) = (steps[i].run, steps[i + 1].run, steps[i + 2].run, chained(steps.dropFirst(3)))
            return { f in
                var flow = try a(f)
                guard case .normal = flow else { return flow }
                flow = try b(f)
                guard case .normal = flow else { return flow }
                flow = try c(f)
                guard case .normal = flow else { return flow }
                return try rest(f)
            }
        }
    }
}
