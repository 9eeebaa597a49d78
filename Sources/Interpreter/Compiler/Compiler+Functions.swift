import SwiftSyntax

/// One argument at a call site.
struct Argument {
    /// The label, nil when unlabelled or a trailing closure.
    var label: String?
    /// The argument expression.
    var expression: ExprSyntax
    /// Whether it was written as a trailing closure.
    var isTrailingClosure: Bool
}

/// A parameter as declared, before compiling.
struct ParameterDecl {
    /// The argument label, nil for `_`.
    var label: String?
    /// The name inside the body.
    var name: String
    /// The declared type.
    var type: SType
    /// The default value as written.
    var defaultValue: ExprSyntax?
    /// Whether declared `inout`.
    var isInout = false
    /// Whether variadic; `type` is then the array type.
    var isVariadic = false
    /// Whether written `ArraySlice<T>`; `type` is then the array type (see `sliceElement`).
    var isArraySlice = false
    /// Whether `@autoclosure`: an argument is an expression, passed as a closure evaluating it.
    var isAutoclosure = false
    /// Whether `@escaping`: the function may keep the function it is given.
    var isEscaping = false

    /// Whether the parameter is a function the body may call but not keep: of function type (not
    /// an optional one, which escapes) and not `@escaping`.
    var isNonEscaping: Bool {
        guard case .function = type, !isEscaping, !isInout, !isVariadic else { return false }
        return true
    }
}

extension Compiler {
    // MARK: Hoisting

    /// Declares the types and functions of a statement list before its statements compile.
    func hoist(_ items: CodeBlockItemListSyntax) throws {
        let decls = items.compactMap { item -> DeclSyntax? in
            if case .decl(let d) = item.item { return d }
            return nil
        }
        try declareOperators(decls)
        let declared = typeDeclarations(decls) { scope.types[$0] = $1 }
        if let first = declared.first, !function.isGlobal {
            throw unsupported(first.syntax, "types declared inside a function or closure")
        }
        for alias in decls.compactMap({ $0.as(TypeAliasDeclSyntax.self) }) {
            if alias.genericParameterClause != nil {
                if let w = alias.genericWhereClause { throw unsupported(w, "'where' clauses on generic type aliases") }
                scope.genericAliases[alias.name.text] = alias
                continue
            }
            scope.aliases[alias.name.text] = try resolveType(alias.initializer.value)
        }
        viewExtensions = []
        let extensions = try decls.compactMap { $0.as(ExtensionDeclSyntax.self) }.compactMap(extensionDeclaration)
            + generatorExtensionDeclarations(decls, declared: declared)
        for t in declared + extensions { try declareCases(t) }
        typesAwaitingMembers = Set(declared.map { ObjectIdentifier($0.type) })
        if function.isGlobal {
            blockFunctions = Dictionary(decls.compactMap { $0.as(FunctionDeclSyntax.self) }.filter { !isOperator($0) }.map { ($0.name.text, $0) }) { first, _ in first }
            blockGlobals = Dictionary(decls.compactMap { $0.as(VariableDeclSyntax.self) }.flatMap(\.bindings).compactMap { b in
                b.pattern.as(IdentifierPatternSyntax.self).map { ($0.identifier.text, b) }
            }) { first, _ in first }
        }
        defer { (typesAwaitingMembers, blockFunctions, blockGlobals) = ([], [:], [:]) }
        for t in declarationOrder(declared) + extensions { try declareMembers(t) }
        let types = declared + extensions + (try conform(declared + extensions, extending: viewExtensions))
        let functions = decls.compactMap { $0.as(FunctionDeclSyntax.self) }
        // Functions of one name overload by parameters: each is stored under its typed key, a
        // generic one as a function specialised per call, and the name binds the list of them
        // (see `overloadedCall`).
        let overloaded = Set(Dictionary(grouping: functions.filter { !isOperator($0) }, by: \.name.text).filter { $0.value.count > 1 }.keys)
        var overloads: [String: [Binding]] = [:]
        var genericOverloads: [String: [GenericFunction]] = [:]
        var signatures: [String: Signature] = [:]
        // A top-level function named as a global variable (`let train = …` beside `func train(…)`)
        // is stored apart, for calls the variable cannot take (see `functionKey`); Swift allows
        // this at the top level only.
        let variables = Set(decls.compactMap { $0.as(VariableDeclSyntax.self) }.flatMap(\.bindings).compactMap {
            $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
        })
        func storageKey(_ name: String) -> String {
            let isVariable = variables.contains(name) || scope.bindings[name].map { !$0.isFunction } ?? false
            return isVariable && function.isGlobal ? Self.functionKey(name) : name
        }
        if function.isGlobal, let clash = functions.first(where: { overloaded.contains($0.name.text) && storageKey($0.name.text) != $0.name.text }) {
            throw unsupported(clash.name, "overloaded functions named as the global variable '\(clash.name.text)'; give them another name")
        }
        for fn in functions {
            let name = fn.name.text
            if isSpecialized(fn) || (overloaded.contains(name) && GenericFunction.isGeneric(fn)) {
                let g = GenericFunction(syntax: fn, scope: scope)
                if overloaded.contains(name) {
                    if !function.isGlobal { throw unsupported(fn, "overloaded generic functions declared inside a function or closure") }
                    genericOverloads[name, default: []].append(g)
                    continue
                }
                let key = isOperator(fn) ? name : storageKey(name)
                var b = declare(key, .void, mutable: false)
                if !function.isGlobal { g.local = b }
                b.generic = g
                scope.bindings[key] = b
                // A generic operator function (`func ** <T: BinaryFloatingPoint>(a: T, b: T) -> T`).
                if isOperator(fn) { globalScope.operators.implement(name) }
                continue
            }
            guard let (signature, _) = try recovering(fn, { try withGenericParameters(of: fn) { try functionSignature(fn.signature, fn) } })
            else { continue }
            let code = FunctionCode(name: name, parameterCount: signature.parameters.count)
            let key = overloaded.contains(name) ? overloadKey(fn, signature.parameters)
                : isOperator(fn) ? methodKey(fn, signature.parameters) : storageKey(name)
            if let earlier = signatures.updateValue(signature, forKey: key) {
                _ = try recovering(fn) { () throws -> Void in throw redeclaration(fn, earlier, signature) }
                continue
            }
            if isOperator(fn) { globalScope.operators.implement(String(key.prefix { $0 != "(" })) }
            var b = declare(key, signature.type, mutable: false, signature: signature, code: code)
            if fn.genericParameterClause != nil, function.isGlobal {
                b.specializable = GenericFunction(syntax: fn, scope: scope)
                scope.bindings[key] = b
            }
            if overloaded.contains(name) { overloads[name, default: []].append(b) }
            if function.isGlobal {
                try checkGlobalCapacity(fn)
                globals.slots[b.slot] = .function(Callable(code: code, captured: nil))
            }
        }
        for name in overloaded {
            var b = overloads[name]?.first ?? declare(name, .void, mutable: false)
            b.overloads = overloads[name] ?? []
            b.genericOverloads = genericOverloads[name] ?? []
            scope.bindings[name] = b
        }
        for t in types { try compileBody(of: t.syntax) { try self.compileMembers(t) } }
    }

    /// The key a function is stored under where a variable of its scope has its name: Swift tells
    /// them apart by their use, a call the variable cannot take being the function's.
    static func functionKey(_ name: String) -> String { "func " + name }

    /// Compiles the body of a function or the members of a type declared at `node` with `compile`:
    /// at once, or, for one declared at the top level of a block, once the block's other
    /// statements are compiled, so that it sees the block's global variables wherever they are
    /// declared, as a Swift program's functions see its global variables (see `topLevel`).
    func compileBody(of node: some SyntaxProtocol, _ compile: @escaping () throws -> Void) throws {
        if function.isGlobal, scope === globalScope {
            deferredBodies.append((Syntax(node), compile))
        } else {
            try recovering(node, compile)
        }
    }

    /// The error for a second function or method named as `fn` is, with `signature`, beside one
    /// with `earlier`: Swift's redeclaration error when the two take the same labels and types,
    /// else the overloading weave does not do (by result type alone; a method by labels or types).
    func redeclaration(_ fn: FunctionDeclSyntax, _ earlier: Signature, _ signature: Signature) -> InterpreterError {
        guard earlier.parameterShape == signature.parameterShape else {
            return unsupported(fn.name, "overloading the method '\(fn.name.text)' by its labels or parameter types; give each its own name")
        }
        guard "\(earlier.result)" == "\(signature.result)" else {
            return unsupported(fn.name, "overloading '\(fn.name.text)' by its result type alone; give the functions different names or labels")
        }
        // Swift names a function of one unlabelled parameter by its base name alone.
        let labels = signature.parameters.map { ($0.label ?? "_") + ":" }.joined()
        return error(fn.name, "invalid redeclaration of '\(fn.name.text)\(labels == "_:" ? "" : "(\(labels))")'")
    }

    /// Fails once a session declares more top-level names than its global frame holds.
    func checkGlobalCapacity(_ node: some SyntaxProtocol) throws {
        if globalScope.function.slotCount > globals.count {
            throw error(node, "too many top-level declarations in one note (the limit is \(globals.count))")
        }
    }

    func parameters(_ clause: FunctionParameterClauseSyntax) throws -> [ParameterDecl] {
        try clause.parameters.map { p in
            var type = p.type, isInout = false
            if let attributed = p.type.as(AttributedTypeSyntax.self), !attributed.specifiers.isEmpty {
                guard attributed.specifiers.trimmedDescription == "inout" else {
                    throw unsupported(p.type, "'\(attributed.specifiers.trimmedDescription)' parameters")
                }
                (type, isInout) = (attributed.baseType, true)
            }
            let attributes = type.as(AttributedTypeSyntax.self)?.attributes.compactMap { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription } ?? []
            let label = p.firstName.tokenKind == .wildcard ? nil : p.firstName.text
            // `ArraySlice<T>`: held as an array of `T`, indexed from 0, so the parameter is one
            // whose subscripts and indices are refused, as a slice variable's are.
            let slice = try Self.sliceElement(type).map { try resolveType($0) }
            let resolved = try slice.map { .array($0) } ?? resolveType(type)
            // (A generic parameter a specialisation binds to a slice, too.)
            let slicing = slice != nil || type.as(IdentifierTypeSyntax.self).map { scope.aliasStandsForSlice($0.name.text) } == true
            return ParameterDecl(label: label, name: (p.secondName ?? p.firstName).text,
                                 type: p.ellipsis == nil ? resolved : .array(resolved),
                                 defaultValue: p.defaultValue?.value, isInout: isInout, isVariadic: p.ellipsis != nil,
                                 isArraySlice: slicing && !isInout && p.ellipsis == nil, isAutoclosure: attributes.contains("autoclosure"),
                                 isEscaping: attributes.contains("escaping"))
        }
    }

    /// The closure an `@autoclosure` parameter receives for the expression `e`: `{ e }`.
    func autoclosure(_ e: ExprSyntax) -> ExprSyntax {
        synthesized("{ " + e.trimmedDescription + " }", anchor: 2, at: e)
    }

    /// The element type `T` of a parameter written `ArraySlice<T>`, nil for other types.
    static func sliceElement(_ type: TypeSyntax) -> TypeSyntax? {
        guard let id = type.as(IdentifierTypeSyntax.self), id.name.text == "ArraySlice",
              let arguments = id.genericArgumentClause?.arguments, arguments.count == 1 else { return nil }
        return arguments.first!.argument.as(TypeSyntax.self)
    }

    func functionSignature(_ s: FunctionSignatureSyntax, _ node: some SyntaxProtocol) throws -> (Signature, [ParameterDecl]) {
        if let fn = Syntax(node).as(FunctionDeclSyntax.self) { try checkOperatorDeclaration(fn) }
        if s.effectSpecifiers?.asyncSpecifier != nil { throw unsupported(s, "'async' functions") }
        let params = try parameters(s.parameterClause)
        if let specifier = s.effectSpecifiers?.throwsClause?.throwsSpecifier, specifier.tokenKind == .keyword(.rethrows),
           !params.contains(where: { p in
               if case .function(_, _, .throwing) = p.type.unwrappingOptionals { true } else { false }
           }) {
            throw error(specifier, "'rethrows' function must take a throwing function argument")
        }
        let result = try s.returnClause.map { try resolveType($0.type) } ?? .void
        let signature = Signature(parameters: params.map { .init(label: $0.label, type: $0.type, hasDefault: $0.defaultValue != nil,
                                                                 isInout: $0.isInout, isVariadic: $0.isVariadic,
                                                                 isArraySlice: $0.isArraySlice, isAutoclosure: $0.isAutoclosure,
                                                                 isEscaping: $0.isEscaping) },
                                  result: result, throwing: s.effectSpecifiers?.throwsClause != nil,
                                  rethrowing: s.effectSpecifiers?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.rethrows))
        return (signature, params)
    }

    /// Compiles a function declaration; the statement stores the function with its captures.
    func functionDeclaration(_ fn: FunctionDeclSyntax) throws -> Exec {
        // A function whose signature failed was reported where it was hoisted.
        if failedNames.contains(fn.name.text) { throw NameError(error: nil) }
        let stored = resolve(Self.functionKey(fn.name.text)) ?? resolve(fn.name.text)
        if case .binding(let b)? = stored, b.generic != nil || b.genericOverloads.contains(where: { $0.syntax == fn }) {
            // One inside a function or closure captures the frame its specialisations run in.
            guard b.generic?.local != nil else { return { _ in .normal } }
            let (store, carrier) = (write(b), FunctionCode(name: fn.name.text, parameterCount: 0))
            return { f in
                store(f, .function(Callable(code: carrier, captured: f)))
                return .normal
            }
        }
        let (signature, params) = try withGenericParameters(of: fn) { try functionSignature(fn.signature, fn) }
        var key = methodKey(fn, signature.parameters)
        if case .binding(let named)? = resolve(key), named.isOverloaded { key = overloadKey(fn, signature.parameters) }
        if !isOperator(fn), resolve(Self.functionKey(key)) != nil { key = Self.functionKey(key) }
        // (One a variable of its scope hides, as a local one may be, is reported where it is used.)
        if case .binding(let hiding)? = resolve(key), !hiding.isFunction, fn.body != nil { return { _ in .normal } }
        guard case .binding(let b)? = resolve(key), let code = b.code, let body = fn.body else {
            throw error(fn, "function '\(fn.name.text)' needs a body")
        }
        let compile = {
            try self.withGenericParameters(of: fn) {
                try self.compileBody(code, params, result: signature.result, body: body.statements, selfType: nil, mutating: false,
                                     throwing: signature.throwing)
            }
        }
        if function.isGlobal, scope === globalScope {
            try compileBody(of: fn, compile)
            return { _ in .normal }
        }
        try compile()
        if function.isGlobal { return { _ in .normal } }
        let store = write(b)
        return { f in
            store(f, .function(Callable(code: code, captured: f)))
            return .normal
        }
    }

    /// Compiles a function body into `code`, in a new function context.
    func compileBody(_ code: FunctionCode, _ params: [ParameterDecl], result: SType?, body: CodeBlockItemListSyntax,
                     selfType: StructType?, mutating: Bool, isStatic: Bool = false, throwing: Bool = false,
                     isInitializer: Bool = false, isFailable: Bool = false, observing: String? = nil) throws {
        let context = FunctionContext(parent: function, returnType: result, selfType: isStatic ? nil : selfType,
                                      selfIsMutable: mutating)
        context.isThrowing = throwing
        context.isInitializer = isInitializer
        context.isFailable = isFailable
        context.observing = observing
        let (savedScope, savedTargets, savedHandlers) = (scope, targets, handlerDepth)
        scope = Scope(parent: savedScope, function: context)
        targets = []
        handlerDepth = 0
        defer { (scope, targets, handlerDepth) = (savedScope, savedTargets, savedHandlers) }
        if let selfType { declare(isStatic ? "$static" : "self", selfType.builtin ?? .structure(selfType), mutable: mutating) }
        for p in params {
            declare(p.name, p.type, mutable: p.isInout)
            scope.bindings[p.name]?.isArraySlice = p.isArraySlice
            scope.bindings[p.name]?.isNonEscaping = p.isNonEscaping
            scope.bindings[p.name]?.isInoutParameter = p.isInout
        }
        let offset = selfType == nil ? 0 : 1
        compilingDefaultValue = true
        code.defaults = Array(repeating: nil, count: offset) + (try params.map { p in
            try p.defaultValue.map { try expression(p.isAutoclosure ? autoclosure($0) : $0, as: p.type) }
        })
        compilingDefaultValue = false
        code.body = try functionBody(body, context)
        code.slotCount = context.slotCount
        code.reusesFrames = !createsClosures(Syntax(body))
    }

    /// Compiles a body, treating a lone expression as the returned value as Swift does.
    private func functionBody(_ body: CodeBlockItemListSyntax, _ context: FunctionContext) throws -> Exec {
        // (`fatalError("override me")` alone is a statement, which never returns.)
        if body.count == 1, case .expr(let e) = body.first!.item, !e.is(IfExprSyntax.self), !e.is(SwitchExprSyntax.self),
           !DefiniteReturn.neverReturns(e) {
            if let r = context.returnType, r.isVoid {
                let code = try expression(e).code
                return { f in
                    _ = try code(f)
                    return .normal
                }
            }
            let value = try returned(e, from: context)
            return { f in
                f.result = try value(f)
                return .returned
            }
        }
        // A lone `if` or `switch` whose branches are single expressions is the returned value (Swift 5.9).
        if body.count == 1, case .stmt(let st) = body.first!.item, let e = st.as(ExpressionStmtSyntax.self)?.expression {
            let value: Typed?
            if let i = e.as(IfExprSyntax.self), isValueIf(i), let result = context.returnType, !result.isVoid {
                value = try ifExpression(i, expected: result)
            } else if let s = e.as(SwitchExprSyntax.self), isValueSwitch(s), !(context.returnType?.isVoid ?? false) {
                value = try switchExpression(s, expected: context.returnType)
            } else {
                value = nil
            }
            if let value {
                context.returnType = context.returnType ?? value.type
                let code = value.code
                return { f in
                    f.result = try code(f)
                    return .returned
                }
            }
        }
        let exec = try statements(body)
        guard let result = context.returnType, !result.isVoid else {
            context.returnType = .void
            return exec
        }
        if let (message, brace) = DefiniteReturn.missingReturn(in: body, result: result) { throw error(brace, message) }
        // A path the analysis cannot tell ends without `return` fails when taken.
        let at = body.last.map { self.at($0) } ?? self.at(body)
        return { f in
            let flow = try exec(f)
            if case .normal = flow {
                throw InterpreterError(message: "missing return in a function expected to return '\(result)'", at: at)
            }
            return flow
        }
    }

    // MARK: Closures

    /// Whether `c` is the transform of `compactMap` or `flatMap`, whose result Swift infers as an
    /// optional from all its `return`s; another closure takes its first `return`'s type.
    private static func transformsToOptionals(_ c: ClosureExprSyntax) -> Bool {
        var node = c.parent
        while let n = node, n.is(LabeledExprSyntax.self) || n.is(LabeledExprListSyntax.self) { node = n.parent }
        guard let call = node?.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self) else { return false }
        return ["compactMap", "flatMap"].contains(m.declName.baseName.text)
    }

    /// The expressions the `return`s in `node` give, outside the closures and functions nested in it.
    static func returnedExpressions(_ node: Syntax) -> [ExprSyntax] {
        if let r = node.as(ReturnStmtSyntax.self) { return r.expression.map { [$0] } ?? [] }
        if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { return [] }
        return node.children(viewMode: .sourceAccurate).flatMap { returnedExpressions($0) }
    }

    /// Compiles a closure; `parameters` and `result` are types expected from context. With
    /// `inoutFirst`, the first parameter is mutable, as the accumulator of `reduce(into:)`.
    /// `listed` tells that the names of its capture list are declared already.
    func closure(_ c: ClosureExprSyntax, parameters hint: [SType]?, result hintedResult: SType?,
                 inoutFirst: Bool = false, listed: Bool = false) throws -> Typed {
        if !listed, let capture = c.signature?.capture {
            return try capturing(capture) { try closure(c, parameters: hint, result: hintedResult, inoutFirst: inoutFirst, listed: true) }
        }
        var names: [String] = []
        var types: [SType?] = []
        var result = hintedResult
        /// Names `$0`, `$1`, … as many as the body uses or the context passes.
        func anonymous() {
            let used = anonymousParameterCount(Syntax(c.statements)) ?? 0
            names = (0..<max(hint?.count ?? 0, used)).map { "$\($0)" }
            types = names.map { _ in nil }
        }
        if let signature = c.signature {
            if signature.effectSpecifiers?.asyncSpecifier != nil { throw unsupported(signature, "'async' closures") }
            switch signature.parameterClause {
            case .simpleInput(let list):
                names = list.map(\.name.text)
                types = names.map { _ in nil }
            case .parameterClause(let clause):
                names = clause.parameters.map { ($0.secondName ?? $0.firstName).text }
                types = try clause.parameters.map { try $0.type.map { try parameterType($0) } }
            case nil: anonymous()
            }
            if let r = signature.returnClause { result = try resolveType(r.type) }
        } else {
            anonymous()
        }
        // A closure over one tuple may name its elements: `zip(a, b).map { $0 * $1 }`.
        if let hint, hint.count == 1, names.count > 1, case .tuple(let elements, _) = hint[0], elements.count == names.count {
            if zip(types, elements).contains(where: { declared, given in declared.map { !given.conforms(to: $0) } ?? false }) {
                throw error(c, "cannot convert value of type '\(SType.function(zip(types, elements).map { $0 ?? $1 }, result ?? .void))' to expected argument type '\(SType.function(elements, result ?? .void))'")
            }
            return try destructuringClosure(c, names: names, types: zip(types, elements).map { $0 ?? $1 }, tuple: hint[0],
                                            result: result)
        }
        // A one-expression closure stored without a type (`let twice = { $0 * 2.0 }`) takes its
        // parameters' types from its body, as swiftc infers them: `{ $0 * 2.0 }` takes a
        // `Double`, `{ $0 + 1 }` an `Int`. (An argument's closure waits for its function's types.)
        if hint == nil, types.contains(where: { $0 == nil }), c.parent?.is(InitializerClauseSyntax.self) == true,
           c.statements.count == 1, case .expr? = c.statements.first?.item {
            for candidate in [SType.int, .double] {
                if let typed = try? closure(c, parameters: types.map { $0 ?? candidate }, result: hintedResult, inoutFirst: inoutFirst, listed: true) {
                    return typed
                }
            }
        }
        let parameterTypes = try types.enumerated().map { i, t -> SType in
            if let t { return t }
            if let hint, i < hint.count { return hint[i] }
            throw error(c, "unable to infer type of a closure parameter '\(names[i])' in the current context")
        }
        if let hint, hint.count != names.count {
            throw error(c, "contextual closure type expects \(hint.count) argument\(hint.count == 1 ? "" : "s"), but \(names.count) were used in closure body")
        }
        let code = FunctionCode(name: "closure", parameterCount: names.count)
        let context = FunctionContext(parent: function, returnType: result)
        context.isClosure = true
        context.alsoReturnsNil = result == nil && Self.transformsToOptionals(c)
            && Self.returnedExpressions(Syntax(c.statements)).contains { $0.is(NilLiteralExprSyntax.self) }
        if escapingUse(of: c) != nil { context.escapes = at(c) }
        context.capturesSelf = c.signature?.capture?.items.contains { $0.name.text == "self" } ?? false
        // Errors may propagate out of any closure; whether its type throws is inferred from its body below.
        context.isThrowing = true
        let (savedScope, savedTargets, savedTry, savedHandlers) = (scope, targets, tryDepth, handlerDepth)
        scope = Scope(parent: savedScope, function: context)
        targets = []
        (tryDepth, handlerDepth) = (0, 0)
        defer { (scope, targets, tryDepth, handlerDepth) = (savedScope, savedTargets, savedTry, savedHandlers) }
        for (i, (n, t)) in zip(names, parameterTypes).enumerated() {
            // An `inout` parameter is a variable of the closure, its final value given back to the caller.
            if case .inoutParameter(let inner) = t { declare(n, inner, mutable: true) } else { declare(n, t, mutable: inoutFirst && i == 0) }
        }
        code.body = try functionBody(c.statements, context)
        code.slotCount = context.slotCount
        code.reusesFrames = !createsClosures(Syntax(c.statements))
        // Swift infers that a closure throws when it says so or a `try` or `throw` of its own lets an error out.
        let throwing = c.signature?.effectSpecifiers?.throwsClause != nil || context.throwsOwnErrors
        // A parameter written with a type the context does not pass (`(x: Double) in` for `Int`s).
        if let hint, zip(hint, parameterTypes).contains(where: { given, declared in !given.conforms(to: declared) }) {
            let result = context.returnType ?? .void
            throw error(c, "cannot convert value of type '\(SType.function(parameterTypes, result))' to expected argument type '\(SType.function(hint, result))'")
        }
        return Typed(type: .function(parameterTypes, context.returnType ?? .void, effect: throwing ? .throwing : .nonThrowing)) { f in
            .function(Callable(code: code, captured: f))
        }
    }

    /// A closure taking one tuple whose elements are bound to separate names.
    private func destructuringClosure(_ c: ClosureExprSyntax, names: [String], types: [SType], tuple: SType,
                                      result: SType?) throws -> Typed {
        let code = FunctionCode(name: "closure", parameterCount: 1)
        let context = FunctionContext(parent: function, returnType: result)
        let (savedScope, savedTargets) = (scope, targets)
        scope = Scope(parent: savedScope, function: context)
        targets = []
        defer { (scope, targets) = (savedScope, savedTargets) }
        let whole = declare("$tuple", tuple, mutable: false).slot
        let slots = zip(names, types).map { declare($0, $1, mutable: false).slot }
        let body = try functionBody(c.statements, context)
        code.body = { f in
            guard case .tuple(let t) = f.slots[whole] else { return .normal }
            for (slot, v) in zip(slots, t.elements) { f.slots[slot] = v }
            return try body(f)
        }
        code.slotCount = context.slotCount
        code.reusesFrames = !createsClosures(Syntax(c.statements))
        return Typed(type: .function([tuple], context.returnType ?? .void)) { f in
            .function(Callable(code: code, captured: f))
        }
    }

    private func anonymousParameterCount(_ node: Syntax) -> Int? {
        var highest: Int?
        for token in node.tokens(viewMode: .sourceAccurate) {
            if case .dollarIdentifier(let text) = token.tokenKind, let n = Int(text.dropFirst()) {
                // Skip `$n` of nested closures.
                var p = token.parent
                var nested = false
                while let current = p, current.id != node.id {
                    if current.is(ClosureExprSyntax.self) { nested = true }
                    p = current.parent
                }
                if !nested { highest = max(highest ?? 0, n + 1) }
            }
        }
        return highest
    }

    // MARK: Calls

    /// Matches arguments to parameters by label, compiling each with its parameter's type;
    /// nil entries take the parameter's default.
    /// An `inout` parameter's argument is read here and its place handed to `writeBack` (with the
    /// parameter's index), for the caller to store the parameter's final value.
    func match(_ arguments: [Argument], to signature: Signature, _ node: some SyntaxProtocol, name: String,
               writeBack: ((Int, LValue) -> Void)? = nil) throws -> [Code?] {
        do {
            return try matchArguments(arguments, to: signature, node, name: name, writeBack: writeBack)
        } catch let e as InterpreterError where e.message == Self.missingTry {
            // A call that throws itself, around the argument's, is what swiftc reports first.
            try checkThrowingCall(signature, node)
            throw e
        }
    }

    private func matchArguments(_ arguments: [Argument], to signature: Signature, _ node: some SyntaxProtocol, name: String,
                                writeBack: ((Int, LValue) -> Void)?) throws -> [Code?] {
        try checkExclusiveAccess(arguments.map(\.expression))
        var codes: [Code?] = []
        // Labels first, as swiftc checks them before the arguments' types.
        for (p, taken) in zip(signature.parameters, try argumentsByParameter(arguments, signature, node, name: name)) {
            if p.isVariadic, case .array(let element) = p.type {
                let parts = try taken.map { try expression(arguments[$0].expression, as: element) }
                codes.append { f in .array(try parts.map { try $0(f) }) }
                continue
            }
            guard let first = taken.first else {
                codes.append(nil)
                continue
            }
            let e = arguments[first].expression
            if p.isInout {
                guard let writeBack else { throw unsupported(e, "'inout' parameters of generic methods, subscripts, enum methods and 'callAsFunction'") }
                let place = try inoutArgument(e, of: p.type)
                writeBack(codes.count, place)
                let modify = place.modify
                codes.append { f in
                    var v = Value.void
                    try modify(f) { v = $0 }
                    return v
                }
            } else if p.isArraySlice, case .array(let element) = p.type {
                // A slice goes to a parameter written `ArraySlice<T>`, as does an array literal.
                let saved = sliceArgument
                sliceArgument = Syntax(e)
                defer { sliceArgument = saved }
                let value = try expression(e, expected: p.type)
                guard value.isArraySlice || e.is(ArrayExprSyntax.self) else {
                    throw error(e, "cannot convert value of type '\(value.type)' to expected argument type 'ArraySlice<\(element)>'")
                }
                codes.append(try coerce(value, to: p.type, e))
            } else if p.isAutoclosure {
                codes.append(try expression(autoclosure(e), as: p.type))
            } else {
                let value = try p.isEscaping ? escaping(e, as: .passed) { try expression(e, expected: p.type) } : expression(e, expected: p.type)
                codes.append(try coerce(value, to: p.type, e, role: "expected argument type"))
            }
        }
        return codes
    }

    /// The indices of the arguments each parameter of `signature` takes, by label: one, none for
    /// a parameter left to its default (or a variadic one given nothing), the values of a variadic
    /// one. Fails with swiftc's error for a wrong, missing or extra label.
    /// Whether a trailing closure may go to a parameter of type `type`: Swift's forward scan
    /// passes over a parameter with a default value whose type is no function (`solve(lo: Double = 0,
    /// f:)` called `solve { … }`).
    static func resemblesFunction(_ type: SType) -> Bool {
        switch type {
        case .function, .any: true
        case .optional(let wrapped): resemblesFunction(wrapped)
        default: false
        }
    }

    func argumentsByParameter(_ arguments: [Argument], _ signature: Signature, _ node: some SyntaxProtocol,
                                      name: String) throws -> [[Int]] {
        var taken: [[Int]] = []
        var next = 0
        for p in signature.parameters {
            if p.isVariadic, case .array = p.type {
                // The first argument has the parameter's label; the rest of its values follow unlabelled.
                var values: [Int] = []
                if next < arguments.count, arguments[next].label == p.label, !arguments[next].isTrailingClosure {
                    repeat {
                        values.append(next)
                        next += 1
                    } while next < arguments.count && arguments[next].label == nil && !arguments[next].isTrailingClosure
                }
                taken.append(values)
            } else if next < arguments.count, arguments[next].label == p.label || arguments[next].isTrailingClosure,
                      !(arguments[next].isTrailingClosure && p.hasDefault && !Self.resemblesFunction(p.type)) {
                taken.append([next])
                next += 1
            } else if p.hasDefault {
                taken.append([])
            } else if next < arguments.count {
                // Swift reports a wrong label at the call's argument list, naming all the labels.
                let paren = Syntax(node).as(FunctionCallExprSyntax.self)?.leftParen.map(Syntax.init)
                let names = { (labels: [String?]) in labels.map { ($0 ?? "_") + ":" }.joined() }
                var (have, expected) = (arguments.map(\.label), signature.parameters.map(\.label))
                // Fewer arguments than parameters: swiftc names the labels of those without defaults.
                let required = signature.parameters.filter { !$0.hasDefault }.map(\.label)
                if have.count < expected.count, required.count == have.count { expected = required }
                if have.count == expected.count {
                    // Labels only left out, or only added, are named alone.
                    let differing = zip(have, expected).filter { $0 != $1 }
                    let plural = differing.count > 1 ? "s" : ""
                    if differing.allSatisfy({ $0.0 == nil }) {
                        throw missingLabels(differing.compactMap(\.1), arguments, at: next, node)
                    }
                    if differing.allSatisfy({ $0.1 == nil }) {
                        throw error(paren ?? Syntax(arguments[next].expression), "extraneous argument label\(plural) '\(names(differing.map(\.0)))' in call")
                    }
                }
                // The labels written, in order, with this parameter's left out: its argument is missing.
                var rest = expected.dropFirst(taken.count + 1)[...]
                let skipsThis = have[next...].allSatisfy { label in
                    guard let i = rest.firstIndex(where: { $0 == label }) else { return false }
                    rest = rest[(i + 1)...]
                    return true
                }
                if skipsThis, have[next...].allSatisfy({ $0 != nil }) {
                    throw missingArgument(p, number: taken.count + 1, before: next, arguments, node)
                }
                throw error(paren ?? Syntax(arguments[next].expression),
                            "incorrect argument label in call (have '\(names(have))', expected '\(names(expected))')")
            } else {
                throw missingArgument(p, number: taken.count + 1, before: next, arguments, node)
            }
        }
        if next < arguments.count {
            guard let label = arguments[next].label else {
                // Unlabelled arguments for parameters with defaults, taken in order, lack their labels
                // (`SGD(0.1)` for `SGD(lr:)`).
                let skipped = zip(signature.parameters, taken).filter { $0.1.isEmpty }.map(\.0.label)
                if next == 0, arguments.allSatisfy({ $0.label == nil && !$0.isTrailingClosure }), arguments.count <= skipped.count,
                   skipped.prefix(arguments.count).allSatisfy({ $0 != nil }) {
                    throw missingLabels(skipped.prefix(arguments.count).compactMap { $0 }, arguments, at: 0, node)
                }
                throw error(arguments[next].expression, "extra argument in call to '\(name)'")
            }
            let labels = signature.parameters.compactMap(\.label).filter { l in !arguments.contains { $0.label == l } }
            throw error(arguments[next].expression, suggesting("extra argument '\(label)' in call to '\(name)'", label, among: labels))
        }
        return taken
    }

    /// swiftc's error for arguments written without the labels `labels`: at the only argument,
    /// else at the call's `(` (or the argument at `index` where there is none).
    private func missingLabels(_ labels: [String], _ arguments: [Argument], at index: Int, _ node: some SyntaxProtocol) -> InterpreterError {
        let paren = Syntax(node).as(FunctionCallExprSyntax.self)?.leftParen.map(Syntax.init)
        let at = arguments.count == 1 ? Syntax(arguments[0].expression) : paren ?? Syntax(arguments[index].expression)
        return error(at, "missing argument label\(labels.count > 1 ? "s" : "") '\(labels.map { $0 + ":" }.joined())' in call")
    }

    /// Code calling a compiled function value with matched arguments.
    func invoke(_ callee: @escaping Code, _ arguments: [Code?], offset: Int = 0, at: SourcePoint) -> Code {
        let runtime = self.runtime
        let fetch: (Frame) throws -> (Callable, FunctionCode) = { f in
            guard case .function(let c) = try callee(f), let code = c.code else {
                throw InterpreterError(message: "function used before its declaration", at: at)
            }
            return (c, code)
        }
        if arguments.count == 1, let a = arguments[0], offset == 0 {
            return { f in
                let (c, code) = try fetch(f)
                let argument = try a(f)
                let frame = runtime.frame(for: code, parent: c.captured)
                frame.slots[0] = argument
                return try runtime.call(code, in: frame, at)
            }
        }
        return { f in
            let (c, code) = try fetch(f)
            let frame = runtime.frame(for: code, parent: c.captured)
            for (i, a) in arguments.enumerated() {
                frame.slots[i + offset] = try a?(f) ?? code.defaults[i + offset]!(frame)
            }
            return try runtime.call(code, in: frame, at)
        }
    }

    /// Code calling a function with `inout` parameters: after the call, each parameter's final
    /// value is stored back into the caller's variable (`places`, by parameter index), as Swift's
    /// copy-in copy-out does.
    func invokeWritingBack(_ callee: @escaping Code, _ arguments: [Code?], _ places: [(Int, LValue)], at: SourcePoint) -> Code {
        let runtime = self.runtime
        let accesses = places.map { InoutAccess(slot: $0.0, place: $0.1) }
        let bySlot = InoutAccess.bySlot(accesses)
        return { f in
            guard case .function(let c) = try callee(f), let code = c.code else {
                throw InterpreterError(message: "function used before its declaration", at: at)
            }
            let frame = Frame(count: code.slotCount, parent: c.captured)
            try InoutAccess.evaluate(arguments, bySlot, from: 0, f, into: frame) { try code.defaults[$0]!(frame) }
            return try InoutAccess.during(accesses[...], f, frame) { try runtime.invoke(code, frame, at) }
        }
    }

    /// swiftc's error for the argument of parameter `p` (the `number`th) missing from the call
    /// `node`, where it would stand: before the argument of index `index` (at the comma after the
    /// one before it), or at the closing parenthesis.
    private func missingArgument(_ p: Signature.Parameter, number: Int, before index: Int, _ arguments: [Argument],
                                 _ node: some SyntaxProtocol) -> InterpreterError {
        let message = "missing argument for parameter \(p.label.map { "'\($0)'" } ?? "#\(number)") in call"
        let written = arguments.filter { !$0.isTrailingClosure }
        let labelled = { (i: Int) in written[i].expression.parent?.as(LabeledExprSyntax.self) }
        if index < written.count {
            if index > 0, let comma = labelled(index - 1)?.trailingComma { return error(comma, message) }
            return error(labelled(index).map(Syntax.init) ?? Syntax(written[index].expression), message)
        }
        if let paren = Syntax(node).as(FunctionCallExprSyntax.self)?.rightParen { return error(paren, message) }
        return error(node, message)
    }

    /// swiftc's error for two `inout` arguments of one call that change the same variable: the
    /// same variable twice (`f(&x, &x)`), or parts of one whose accesses overlap: two elements of
    /// an array (`g(&xs[0], &xs[1])`), or any two parts of a top-level variable, whose accesses
    /// compiled Swift checks as it runs and traps on. Two stored properties of a function's own
    /// struct variable are apart, as swiftc sees. `advice` ends the second message.
    func checkExclusiveAccess(_ arguments: [ExprSyntax], advice: String = "consider copying to a local variable") throws {
        var seen: [(binding: Binding, whole: Bool, subscripted: Bool, at: InOutExprSyntax)] = []
        for case let io? in arguments.map({ $0.as(InOutExprSyntax.self) }) {
            var (root, subscripted) = (io.expression, false)
            while true {
                if let m = root.as(MemberAccessExprSyntax.self), let base = m.base { root = base
                } else if let s = root.as(SubscriptCallExprSyntax.self) { (root, subscripted) = (s.calledExpression, true)
                } else if let u = root.as(ForceUnwrapExprSyntax.self) { root = u.expression
                } else if let o = root.as(OptionalChainingExprSyntax.self) { root = o.expression
                } else { break }
            }
            guard let r = root.as(DeclReferenceExprSyntax.self) else { continue }
            let b: Binding
            switch resolve(r.baseName.text) {
            case .binding(let plain)?: b = plain
            case .accessed(let accessed)?:
                // Each argument is written back through the variable's accessors.
                if seen.contains(where: { $0.binding.slot == accessed.slot && $0.binding.owner === accessed.owner }) {
                    throw error(io, "inout writeback to computed property '\(r.baseName.text)' occurs in multiple arguments to call, introducing invalid aliasing")
                }
                seen.append((accessed, true, false, io))
                continue
            default: continue
            }
            let whole = io.expression.is(DeclReferenceExprSyntax.self)
            // Through a class reference, each stored property is accessed on its own.
            if case .structure(let t) = b.type, t.isClass, !whole,
               !seen.contains(where: { $0.at.expression.trimmedDescription == io.expression.trimmedDescription }) {
                seen.append((b, false, true, io))
                continue
            }
            if let earlier = seen.first(where: { $0.binding.slot == b.slot && $0.binding.owner === b.owner }) {
                if whole, earlier.whole { throw error(io, "inout arguments are not allowed to alias each other") }
                if b.owner.isGlobal || subscripted || earlier.subscripted || whole || earlier.whole {
                    throw error(earlier.at, "overlapping accesses to '\(r.baseName.text)', but modification requires exclusive access; \(advice)")
                }
            }
            seen.append((b, whole, subscripted, io))
        }
    }

    /// Compiles `swap(&a, &b)`.
    func swapCall(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        guard args.count == 2, args.allSatisfy({ $0.label == nil }) else {
            throw error(c, "'swap' takes two unlabelled arguments, as in 'swap(&a, &b)'")
        }
        try checkExclusiveAccess(args.map(\.expression), advice: "consider calling MutableCollection.swapAt(_:_:)")
        let places = try args.map { a -> LValue in
            guard let inner = a.expression.as(InOutExprSyntax.self)?.expression else {
                throw error(a.expression, "passing value to an inout parameter requires explicit '&'")
            }
            return try lvalue(inner)
        }
        guard places[0].type.conforms(to: places[1].type), places[1].type.conforms(to: places[0].type) else {
            throw error(c, "cannot swap values of types '\(places[0].type)' and '\(places[1].type)'")
        }
        // One access to each place for the whole swap, as for a function's `inout` arguments: their
        // parts are evaluated once, first, and the second's observers run before the first's.
        let accesses = places.enumerated().map { InoutAccess(slot: $0.offset, place: $0.element) }
        return Typed(type: .void) { f in
            let frame = Frame(count: 2, parent: nil)
            try InoutAccess.evaluate([nil, nil], InoutAccess.bySlot(accesses), from: 0, f, into: frame) { _ in .void }
            return try InoutAccess.during(accesses[...], f, frame) {
                (frame.slots[0], frame.slots[1]) = (frame.slots[1], frame.slots[0])
                return .void
            }
        }
    }

    /// Code calling a function declared at the note's top level: its code is known when
    /// compiling and it captures nothing, so the call skips fetching the function value.
    func invokeTopLevel(_ code: FunctionCode, _ arguments: [Code?], at: SourcePoint) -> Code {
        let runtime = self.runtime
        if arguments.count == 1, let a = arguments[0] {
            return { f in
                let argument = try a(f)
                let frame = runtime.frame(for: code, parent: nil)
                frame.slots[0] = argument
                return try runtime.call(code, in: frame, at)
            }
        }
        return { f in
            let frame = runtime.frame(for: code, parent: nil)
            for (i, a) in arguments.enumerated() {
                frame.slots[i] = try a?(f) ?? code.defaults[i]!(frame)
            }
            return try runtime.call(code, in: frame, at)
        }
    }

    /// Code calling a function-typed value with positional arguments.
    func callValue(_ callee: @escaping Code, _ arguments: [Code], at: SourcePoint) -> Code {
        let runtime = self.runtime
        return { f in
            guard case .function(let c) = try callee(f) else { return .void }
            if let code = c.code {
                let frame = runtime.frame(for: code, parent: c.captured)
                for (i, a) in arguments.enumerated() { frame.slots[i] = try a(f) }
                return try runtime.call(code, in: frame, at)
            }
            return try c.builtin!(try arguments.map { try $0(f) })
        }
    }

    // MARK: Structs

    /// Compiles `S(…)`: an explicit initialiser chosen by labels, or the memberwise one.
    func construct(_ t: StructType, _ arguments: [Argument], _ node: FunctionCallExprSyntax) throws -> Typed {
        if defaultOf === t {
            throw unsupported(node, "a property's default value constructing its own type '\(t.name)', which in Swift recurses until the stack overflows")
        }
        if typesAwaitingMembers.contains(ObjectIdentifier(t)) {
            throw unsupported(node, "constructing '\(t.name)' in a property's default value before its own properties are known (the two types' defaults name each other); give the property its value in an initializer")
        }
        let at = self.at(node)
        // A protocol's `Self` opened to a conforming type (in a specialised generic function) is that type.
        if let opened = t.opened { return try construct(opened, arguments, node) }
        // A generic parameter constrained to a protocol requiring this initialiser: checked here
        // against the requirement, it runs specialised for each type argument (see `genericCall`).
        if t.isProtocol || t.isAssociatedType {
            let selector = "init(" + arguments.map { ($0.label ?? "_") + ":" }.joined() + ")"
            if ([t] + t.allProtocols).contains(where: { $0.protocolInfo?.staticRequirements.contains(selector) == true }) {
                for a in arguments { _ = try expression(a.expression) }
                return Typed(type: .structure(t)) { _ in
                    throw InterpreterError(message: "internal error: '\(t.name)' constructed without a type argument", at: at)
                }
            }
        }
        let fields = t.fields
        if t.isEnum {
            if let raw = try rawValueInitializer(t, arguments, node) { return raw }
            if t.initializers.isEmpty {
                throw error(node, "'\(t.name)' cannot be constructed because it has no accessible initializers")
            }
        }
        var firstError: Error?
        if t.initializers.isEmpty || t.keepsMemberwise {
            // A class has no memberwise initialiser, only `init()` when every property has a default.
            let settable = t.isClass ? [] : fields.enumerated().filter { !($0.element.isLet && $0.element.initial != nil) }
            let signature = Signature(parameters: settable.map { .init(label: $0.element.name, type: $0.element.type,
                                                                       hasDefault: $0.element.initial != nil) },
                                      result: .structure(t))
            do {
                if t.isClass { try requireNoArguments(arguments) }
                let codes = try match(arguments, to: signature, node, name: t.name)
                let positions = settable.map(\.offset)
                // The arguments run first, as the call passes them; then the defaults of the
                // properties given none, the `var`s' in the order declared, then the `let`s'.
                if t.isClass {
                    // A class's implicit `init()`: each class's defaults, the subclass's first.
                    return Typed(type: .structure(t)) { f in
                        let instance = t.value(fields: Array(repeating: .void, count: fields.count))
                        try t.initializeDefaults(of: instance, upTo: nil, f)
                        return instance
                    }
                }
                let given = zip(positions, codes).compactMap { p, code in code.map { (p, $0) } }
                let defaulted = positions.filter { p in !given.contains { $0.0 == p } } + fields.indices.filter { !positions.contains($0) }
                return Typed(type: .structure(t)) { f in
                    var values = [Value](repeating: .void, count: fields.count)
                    for (p, code) in given { values[p] = try code(f) }
                    for p in defaulted { values[p] = try fields[p].initial?(f) ?? .void }
                    return t.value(fields: values)
                }
            } catch where t.keepsMemberwise {
                firstError = error
            }
        }
        if let (m, codes, inouts) = try matchInitializer(t, arguments, node, firstError: &firstError) {
            let (code, runtime, bySlot) = (m.code, self.runtime, InoutAccess.bySlot(inouts))
            // A failable initialiser gives an optional, nil where its body said `return nil`.
            let failable = m.signature.result.isOptional
            // A class's initialiser gives its own properties their defaults (see `initializeDefaults`);
            // an inherited one's caller those of the subclasses below the class declaring it.
            let declaring = t.isClass ? t.declaringClass(of: m) : nil
            return Typed(type: failable ? .optional(.structure(t)) : .structure(t)) { f in
                let frame = Frame(count: code.slotCount, parent: nil)
                try InoutAccess.evaluate(codes, bySlot, from: 1, f, into: frame) { try code.defaults[$0]!(frame) }
                if let declaring {
                    frame.slots[0] = t.value(fields: Array(repeating: .void, count: fields.count))
                    try t.initializeDefaults(of: frame.slots[0], upTo: declaring, f)
                } else if !t.isEnum {
                    // An initialiser delegating to another leaves the defaults to that one.
                    frame.slots[0] = t.value(fields: m.delegates ? Array(repeating: .void, count: fields.count)
                                                                 : try fields.map { try $0.initial?(f) ?? .void })
                }
                let result = try InoutAccess.during(inouts[...], f, frame) { try runtime.invoke(code, frame, at) }
                guard failable else { return frame.slots[0] }
                if case .none = result { return .none }
                return .some(frame.slots[0])
            }
        }
        throw firstError!
    }

    /// The first of `t`'s initialisers that `arguments` match, with the arguments' code and the
    /// accesses of its `inout` arguments (by the callee's slot); nil when none does, with the
    /// first mismatch in `firstError` unless it holds one already.
    func matchInitializer(_ t: StructType, _ arguments: [Argument], _ node: FunctionCallExprSyntax,
                          firstError: inout Error?) throws -> (StructType.Method, [Code?], [InoutAccess])? {
        for m in t.initializers {
            let codes: [Code?]
            var inouts: [InoutAccess] = []
            do {
                codes = try match(arguments, to: m.signature, node, name: t.name) { inouts.append(InoutAccess(slot: $0 + 1, place: $1)) }
            } catch let e as NameError { throw e } catch {
                firstError = firstError ?? error
                continue
            }
            try checkThrowingCall(m.signature, node)
            return (m, codes, inouts)
        }
        return nil
    }

    /// Compiles a call of a non-mutating method or computed property on `receiver`; on a class
    /// instance the method is looked up on its dynamic type unless `dynamic` is false or it is final.
    func invokeMethod(_ m: StructType.Method, receiver: Typed, arguments: [Code?], inouts: [(Int, LValue)] = [], at: SourcePoint,
                      dynamic: Bool = true) throws -> Typed {
        let isDynamic = dynamic && {
            if case .structure(let t) = receiver.type { t.dispatchesOnValue || (t.isClass && !t.isFinal && !m.isFinal) } else { false }
        }()
        if isDynamic, inouts.isEmpty { return dispatch(m, receiver: receiver, arguments: arguments, at: at) }
        if inouts.isEmpty {
            let callee = Value.function(Callable(code: m.code, captured: nil))
            return Typed(type: m.signature.result, code: invoke({ _ in callee }, [receiver.code] + arguments, at: at))
        }
        // `inout` arguments: one access to each of their places for the whole call.
        let (declared, runtime, receiverCode) = (m.code, self.runtime, receiver.code)
        let accesses = inouts.map { InoutAccess(slot: $0.0 + 1, place: $0.1) }
        let bySlot = InoutAccess.bySlot(accesses)
        return Typed(type: m.signature.result) { f in
            let r = try receiverCode(f)
            let code = isDynamic ? r.implementation(of: declared) : declared
            let frame = Frame(count: code.slotCount, parent: nil)
            frame.slots[0] = r
            try InoutAccess.evaluate(arguments, bySlot, from: 1, f, into: frame) { try defaultArgument($0, of: code, declared, in: frame) }
            return try InoutAccess.during(accesses[...], f, frame) { try runtime.invoke(code, frame, at) }
        }
    }

    /// The place the argument `e` (`&x`) passes to an `inout` parameter of type `type`, with
    /// swiftc's errors for a missing `&`, an immutable place and a place of another type.
    func inoutArgument(_ e: ExprSyntax, of type: SType) throws -> LValue {
        guard let inner = e.as(InOutExprSyntax.self)?.expression else {
            throw error(e, "passing value of type '\(type)' to an inout parameter requires explicit '&'")
        }
        let place = try inoutPlace(inner, argument: e)
        guard place.type.conforms(to: type), type.conforms(to: place.type) else {
            throw error(inner, "cannot pass value of type '\(place.type)' as inout argument of type '\(type)'")
        }
        return place
    }

    /// The place `inner` names in the `inout` argument `&inner` (`argument`); an immutable one is
    /// swiftc's error at the `&`.
    func inoutPlace(_ inner: ExprSyntax, argument: ExprSyntax) throws -> LValue {
        do {
            return try lvalue(inner)
        } catch let error as InterpreterError where error.message.hasPrefix("cannot assign to value: ") {
            throw self.error(argument, "cannot pass immutable value as inout argument: " + error.message.dropFirst("cannot assign to value: ".count))
        }
    }

    /// Compiles a call of a mutating method: `self` is moved out of `place` for the call, mutated,
    /// and put back when it returns or throws, in one access to the place (so its observers run
    /// once, as in Swift), with the places of `inout` arguments accessed likewise.
    func invokeMutating(_ m: StructType.Method, place: LValue, arguments: [Code?], inouts: [(Int, LValue)] = [],
                        at: SourcePoint) -> Typed {
        let (code, runtime) = (m.code, self.runtime)
        let (receiver, accesses, bySlot) = InoutAccess.mutatingCall(on: place, inouts)
        return Typed(type: m.signature.result) { f in
            let frame = Frame(count: code.slotCount, parent: nil)
            // The receiver's parts first (`xs[i()].scale(by: k())` takes `i` before `k`).
            try receiver.prepare?(f)
            try InoutAccess.evaluate(arguments, bySlot, from: 1, f, into: frame) { try code.defaults[$0]!(frame) }
            return try InoutAccess.during(accesses[...], f, frame) { try runtime.invoke(code, frame, at) }
        }
    }
}

/// One access to a storage location for the whole of a call: the value of `self` of a mutating
/// method, or of an `inout` argument, is read into a slot of the callee's frame when the call
/// starts and written back once when it returns or throws, so the location's observers (or a
/// computed property's setter) run once, as in Swift.
struct InoutAccess {
    /// The callee's slot for the value.
    let slot: Int
    /// Evaluates the location's parts (see `LValue.prepare`), before the later arguments.
    let prepare: ((Frame) throws -> Void)?
    /// The location, once prepared.
    let modify: Modifier
    /// Whether the location holds nothing during the call (`self` of a mutating method, so the
    /// callee's value is uniquely referenced and changes in place); an `inout` argument's keeps
    /// its value, which a closure the callee runs may read.
    var movesOut = false

    /// An access to `place` for the callee's slot `slot`.
    init(slot: Int, place: LValue, movesOut: Bool = false) {
        (self.slot, prepare, modify, self.movesOut) = (slot, place.prepare, place.prepared, movesOut)
    }

    /// The accesses of a mutating method's call on `place` with the `inout` arguments `inouts`
    /// (by argument index): the receiver's, moved out for the call, all of them, the receiver's
    /// first, and the arguments' by slot.
    static func mutatingCall(on place: LValue, _ inouts: [(Int, LValue)])
        -> (receiver: InoutAccess, all: [InoutAccess], arguments: [Int: InoutAccess]) {
        let receiver = InoutAccess(slot: 0, place: place, movesOut: true)
        let arguments = inouts.map { InoutAccess(slot: $0.0 + 1, place: $0.1) }
        return (receiver, [receiver] + arguments, bySlot(arguments))
    }

    /// The accesses by the callee slot they fill.
    static func bySlot(_ accesses: [InoutAccess]) -> [Int: InoutAccess] {
        Dictionary(accesses.map { ($0.slot, $0) }) { first, _ in first }
    }

    /// Evaluates a call's arguments left to right into `frame`, the first at slot `first`, as
    /// Swift does before the accesses begin: an `inout` argument's location is prepared, the
    /// others' values stored; one left out takes its default (`fallback` of its slot).
    static func evaluate(_ arguments: [Code?], _ accesses: [Int: InoutAccess], from first: Int, _ f: Frame, into frame: Frame,
                         fallback: (Int) throws -> Value) throws {
        for (i, a) in arguments.enumerated() {
            let slot = i + first
            if let access = accesses[slot] {
                try access.prepare?(f)
            } else {
                frame.slots[slot] = try a?(f) ?? fallback(slot)
            }
        }
    }

    /// Runs `call` within the accesses, the first outermost.
    static func during(_ accesses: ArraySlice<InoutAccess>, _ f: Frame, _ frame: Frame, _ call: () throws -> Value) throws -> Value {
        guard let access = accesses.first else { return try call() }
        var result = Value.void
        try access.modify(f) { v in
            frame.slots[access.slot] = v
            if access.movesOut { v = .void }
            defer { v = frame.slots[access.slot] }
            result = try during(accesses.dropFirst(), f, frame, call)
        }
        return result
    }
}
