import SwiftSyntax

extension Compiler {
    /// The arguments of a call, trailing closures last.
    func arguments(_ c: FunctionCallExprSyntax) -> [Argument] {
        var out = c.arguments.map { Argument(label: $0.label?.text, expression: $0.expression, isTrailingClosure: false) }
        if let t = c.trailingClosure { out.append(Argument(label: nil, expression: ExprSyntax(t), isTrailingClosure: true)) }
        for extra in c.additionalTrailingClosures {
            out.append(Argument(label: extra.label.text, expression: ExprSyntax(extra.closure), isTrailingClosure: true))
        }
        return out
    }

    /// swiftc's error for a call inside a type's method that names one of the type's methods but
    /// fits a global function of that name (`gradient(w: p)` in a method beside `gradient(at:)`):
    /// the method hides the function, which `main.gradient(w:)` calls; nil when none fits.
    private func shadowedGlobalFunction(_ name: String, _ args: [Argument], _ r: DeclReferenceExprSyntax) -> InterpreterError? {
        guard let global = globalScope.bindings[name] else { return nil }
        let labels = args.map(\.label)
        let fitting = (global.overloads.isEmpty ? [global] : global.overloads).compactMap(\.signature).first {
            $0.parameters.map(\.label) == labels
        }
        guard let fitting else { return nil }
        let spelled = fitting.parameters.map { ($0.label ?? "_") + ":" }.joined()
        return error(r, "use of '\(name)' refers to instance method rather than global function '\(name)(\(spelled))' in module 'main'; use 'main.' to reference the global function")
    }

    /// Foundation's math functions with `Float` and `Double` overloads (unlike `sqrt`, which is
    /// generic), that an untyped argument makes ambiguous.
    static let overloadedMath: Set<String> = Set(unaryMath.keys).union(binaryMath.keys).union(["ilogb", "ldexp", "lgamma"])
        .subtracting(["sqrt", "fabs", "floor", "ceil", "round", "trunc"])

    /// Compiles a call of the standard library's, Foundation's or Optim's function `name`; nil
    /// when none has that name.
    func standardCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        try libraryCall(name, args, c, expected: expected) ?? builtinCall(name, args, c, expected: expected) ?? nativeCall(name, args, c)
    }

    /// Compiles a call of the function or closure value the name `name` binds to `b`.
    private func bindingCall(_ b: Binding, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                             expected: SType?) throws -> Typed {
        if let g = b.generic { return try genericCall(g, args, c, expected: expected) }
        if let g = b.specializable, let types = try? inferredTypeArguments(g, args, c, expected: expected).types,
           types.contains(where: { if case .structure = $0 { false } else { true } }) {
            return try genericCall(g, args, c, expected: expected)
        }
        // `exp(1.0)` beside the note's `func exp(_: Float)`: Foundation's `exp(Double)` takes the
        // literal as it is, which Swift ranks above making it a `Float`.
        if b.owner.isGlobal, let signature = b.signature, Self.unaryMath[name] != nil || Self.binaryMath[name] != nil,
           args.count == signature.parameters.count, !args.isEmpty,
           args.allSatisfy({ isFloatLiteral($0.expression) || (try? expression($0.expression).type)?.isExactly(.double) == true }),
           signature.parameters.contains(where: { !$0.type.isExactly(.double) }),
           let standard = try? builtinCall(name, args, c, expected: expected) {
            return standard
        }
        do {
            if b.isOverloaded { return try overloadedCall(name, b, args, c, expected: expected) }
            if let signature = b.signature { return try declaredCall(b, signature, name, args, c) }
        } catch let e as NameError { throw e } catch {
            // A note's function named as a standard one (`func exp(_: Dual)`) overloads it:
            // arguments it does not take go to the standard one (`exp(1.0)`, `exp(jet)`).
            if b.owner.isGlobal, let standard = try? standardCall(name, args, c, expected: expected) { return standard }
            throw error
        }
        try refuseEscape(of: b, name, c.calledExpression)
        return try callFunctionValue(Typed(type: b.type, code: read(b)), args, c)
    }

    /// Compiles a call of `self`'s method `m` (of `type`) written without `self.`: the overload
    /// of its name that Swift ranks first.
    private func selfMethodCall(_ type: StructType, _ m: StructType.Method, _ selfBinding: Binding, _ r: DeclReferenceExprSyntax,
                                _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed {
        let (name, at) = (r.baseName.text, self.at(c))
        var m = m
        // One of several methods overloading the name: the one Swift ranks first.
        switch try methodOverload(type, name, args, c, expected: expected) {
        case .generic(let g)?:
            return try genericCall(g, args, c, expected: expected, receiver: Typed(type: selfBinding.type, code: read(selfBinding))) {
                self.storage(of: selfBinding)
            }
        case .method(let chosen)?: m = chosen
        default: break
        }
        var inouts: [(Int, LValue)] = []
        let codes: [Code?]
        do { codes = try match(args, to: m.signature, c, name: name) { inouts.append(($0, $1)) } } catch {
            throw shadowedGlobalFunction(name, args, r) ?? error
        }
        try checkThrowingCall(m.signature, c)
        if m.isMutating {
            guard selfBinding.isMutable else {
                throw error(c, "cannot use mutating member on immutable value: 'self' is immutable")
            }
            let place = storage(of: selfBinding)
            // In a protocol's extension, `self` is any conforming type: the requirement runs on its own.
            if case .structure(let t) = selfBinding.type, t.dispatchesOnValue {
                return dispatchMutating(m, place: place, arguments: codes, inouts: inouts, at: at)
            }
            return invokeMutating(m, place: place, arguments: codes, inouts: inouts, at: at)
        }
        return try invokeMethod(m, receiver: Typed(type: selfBinding.type, code: read(selfBinding)), arguments: codes,
                                inouts: inouts, at: at)
    }

    /// Compiles `T(…)` of an initialiser an extension of the standard type named `typeName`
    /// declares (`extension Double { init(constant c: Double) { self = c * 2 } }`), of the labels
    /// written; nil when it declares none such.
    private func extensionInitializerCall(_ typeName: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard let holder = globalScope.types["extension \(typeName)"], let builtin = holder.builtin,
              holder.initializers.contains(where: { $0.signature.parameters.map(\.label) == args.map(\.label) }) else { return nil }
        let made = try construct(holder, args, c)
        return Typed(type: made.type.isOptional ? .optional(builtin) : builtin, code: made.code)
    }

    /// Compiles a call: of a declared function, a method, an initialiser, a built-in or a closure value.
    func call(_ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed {
        let args = arguments(c)
        let callee = c.calledExpression
        if let r = callee.as(DeclReferenceExprSyntax.self) {
            let name = r.baseName.text
            switch resolve(name) {
            case .binding(let b)?:
                // A variable beside a function of its name (`train` and `train(scale:)`): a call
                // it cannot take is the function's.
                if !b.isFunction, !isCallable(b.type), case .binding(let function)? = resolve(Self.functionKey(name)) {
                    return try bindingCall(function, name, args, c, expected: expected)
                }
                return try bindingCall(b, name, args, c, expected: expected)
            case .method(let type, let m, let selfBinding)?:
                try requireExplicitSelf(name, isMethod: true, selfBinding, r)
                guard type.builtin != nil else { return try selfMethodCall(type, m, selfBinding, r, args, c, expected: expected) }
                // In an extension of a standard type, `self.name(…)` (`sorted()` beside its `sorted(descending:)`).
                let selfExpr = ExprSyntax(DeclReferenceExprSyntax(baseName: .keyword(.self)))
                let member = MemberAccessExprSyntax(base: selfExpr, declName: DeclReferenceExprSyntax(baseName: .identifier(name)))
                return try extensionOrStandardMethod(Typed(type: selfBinding.type, code: read(selfBinding)), selfExpr, name, args, c, member,
                                                     expected: expected) { try self.selfMethodCall(type, m, selfBinding, r, args, c, expected: expected) }
            case .field?, .computed?, .accessed?:
                return try callFunctionValue(try reference(name, Syntax(r)), args, c)
            case nil:
                // `Self(…)` in a class's member makes an instance of the class `Self` stands for.
                if let receiver = try selfMetatype(callee), let made = try metatypeMember(receiver, "init", args, c) { return made }
                if let t = staticSelf(), let member = try typeMemberCall(t, name, args, c, receiver: staticReceiver()) { return member }
                if let (t, isStatic) = enclosingStaticMember(name) {
                    guard isStatic else { throw staticMemberOnInstance(name, of: t, r) }
                    if let member = try typeMemberCall(t, name, args, c) { return member }
                }
                // A generic method of `self`'s type, called without `self.`.
                if case .binding(let selfBinding)? = resolve("self"), case .structure(let t) = selfBinding.type,
                   t.genericMethods[name]?.contains(where: { !$0.isStatic }) == true,
                   case .generic(let g)? = try methodOverload(t, name, args, c, expected: expected) {
                    try requireExplicitSelf(name, isMethod: true, selfBinding, r)
                    if g.isMutating, !selfBinding.isMutable {
                        throw error(c, "cannot use mutating member on immutable value: 'self' is immutable")
                    }
                    return try genericCall(g, args, c, expected: expected, receiver: Typed(type: selfBinding.type, code: read(selfBinding))) {
                        self.storage(of: selfBinding)
                    }
                }
                if let erased = try typeErasingCall(name, args, c) { return erased }
                if let t = scope.lookupType(name) {
                    return try construct(try inferredSpecialization(t, args, expected: expected, c), args, c)
                }
                // A generic parameter standing for a standard type: `T(2)` in a function specialised for `Double`.
                if case .structure(let t)? = scope.lookupAlias(name) { return try construct(t, args, c) }
                if let alias = scope.lookupAlias(name) {
                    // `typealias Vec = [Double]`: `Vec(repeating: 0, count: 3)` is the array's initialiser.
                    switch alias {
                    case .array, .dictionary:
                        if case .dictionary = alias, args.isEmpty { return Typed(type: alias) { _ in .dictionary(DictionaryValue()) } }
                        return try arrayInitializer(alias, args, c)
                    default:
                        // `typealias R = Double`, or the standard `Float32`: the named type's initialiser.
                        let named = alias.description
                        if let made = try extensionInitializerCall(named, args, c) { return made }
                        if let builtin = try standardCall(named, args, c, expected: expected) { return builtin }
                    }
                }
                if name == "swap" { return try swapCall(args, c) }
                if name == "type" { return try typeOf(args, c) }
                // The note's own function of this name failed to compile: it shadows the standard
                // and Optim functions of the name, as it would have.
                if failedNames.contains(name) || failedEarlier[name] != nil { throw unknownName(name, r) }
                var memberError: Error?
                do {
                    if let member = try implicitSelfMember(ExprSyntax(c), expected: expected) { return member }
                } catch {
                    memberError = error
                }
                if let made = try extensionInitializerCall(name, args, c) { return made }
                if let standard = try standardCall(name, args, c, expected: expected) { return standard }
                if let memberError { throw memberError }
                throw unknownName(name, r)
            }
        }
        if let m = callee.as(MemberAccessExprSyntax.self) {
            // `Swift.min(a, b)`, `Optim.minimize(…)`: a library's function named by its module, as in a
            // type's method that has its own `min`.
            if let call = try moduleMemberCall(m, args, c, expected: expected) { return call }
            do {
                return try optionalCaseCall(m, args, expected: expected) ?? methodCall(m, args, c, expected: expected)
            } catch let e as NameError { throw e } catch {
                // `[4, 9].map { sqrt($0) }`: integer literals Swift makes `Double`s for the call to type-check.
                // (Not where the call names a math function Foundation overloads for `Float` too:
                // `[1, 2].map { sin($0) }` is swiftc's "ambiguous use of 'sin'".)
                guard let literal = m.base?.as(ArrayExprSyntax.self), !literal.elements.isEmpty, retypedLiterals[literal.id] == nil,
                      literal.elements.allSatisfy({ isIntegerLiteral(.leaf($0.expression)) }),
                      !c.tokens(viewMode: .sourceAccurate).contains(where: { Self.overloadedMath.contains($0.text) }) else { throw error }
                retypedLiterals[literal.id] = .array(.double)
                defer { retypedLiterals[literal.id] = nil }
                if let retyped = try? methodCall(m, args, c, expected: expected) { return retyped }
                throw error
            }
        }
        if callee.is(ArrayExprSyntax.self) || callee.is(DictionaryExprSyntax.self) || callee.is(GenericSpecializationExprSyntax.self),
           let type = namedType(callee), type.isArrayOrDictionary {
            if case .dictionary = type {
                if args.isEmpty { return Typed(type: type) { _ in .dictionary(DictionaryValue()) } }
                // `[String: Int](uniqueKeysWithValues: pairs)`: Dictionary's initialiser, of the type written.
                let made = try dictionaryInitializer(args, c)
                return Typed(type: type, code: try coerce(made, to: type, c))
            }
            return try arrayInitializer(type, args, c)
        }
        if let set = try genericSetInitializer(callee, args, c) { return set }
        // `Int?(3)`, `Optional<Double>(x)`: Optional's initialiser wraps a value of the wrapped type.
        if callee.is(OptionalChainingExprSyntax.self) || callee.is(GenericSpecializationExprSyntax.self),
           case .optional(let wrapped)? = namedType(callee) {
            let value = try positional(args, 1, c, "Optional.init")[0]
            return Typed(type: .optional(wrapped), code: try expression(value, as: .optional(wrapped)))
        }
        if callee.is(GenericSpecializationExprSyntax.self), let t = declaredType(callee) { return try construct(t, args, c) }
        // A closure called where it is written (`let t: [Double] = { … }()`) returns the type its context expects.
        if let literal = callee.as(ClosureExprSyntax.self), args.isEmpty, literal.signature == nil, let expected, !expected.containsAny {
            return try callFunctionValue(try closure(literal, parameters: [], result: expected), args, c)
        }
        return try callFunctionValue(try expression(callee), args, c)
    }

    /// Compiles a call of the declared function `b`.
    func declaredCall(_ b: Binding, _ signature: Signature, _ name: String, _ args: [Argument],
                              _ c: FunctionCallExprSyntax) throws -> Typed {
        let at = self.at(c)
        var places: [(Int, LValue)] = []
        let arguments = try match(args, to: signature, c, name: name) { places.append(($0, $1)) }
        try checkThrowingCall(signature, c)
        if !places.isEmpty {
            return Typed(type: signature.result, code: invokeWritingBack(read(b), arguments, places, at: at))
        }
        if b.owner.isGlobal, let code = b.code {
            return Typed(type: signature.result, code: invokeTopLevel(code, arguments, at: at))
        }
        return Typed(type: signature.result, code: invoke(read(b), arguments, at: at))
    }

    /// Whether a value of `type` can be called: a function, or a value whose type declares `callAsFunction`.
    private func isCallable(_ type: SType) -> Bool {
        switch type {
        case .function: true
        case .structure(let t): t.method("callAsFunction").map { !$0.isStatic } ?? false
        default: false
        }
    }

    /// Calls a value of function type with positional arguments.
    private func callFunctionValue(_ callee: Typed, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        // A value whose type declares `callAsFunction` is called like a function.
        if case .structure(let t) = callee.type, let m = t.method("callAsFunction"), !m.isStatic {
            let codes = try match(args, to: m.signature, c, name: "callAsFunction")
            try checkThrowingCall(m.signature, c)
            if m.isMutating {
                return invokeMutating(m, place: try mutatingReceiver(c.calledExpression), arguments: codes, at: at(c))
            }
            return try invokeMethod(m, receiver: callee, arguments: codes, at: at(c))
        }
        guard case .function(let params, let result, let effect) = callee.type else {
            throw error(c.calledExpression, "cannot call value of non-function type '\(callee.type)'")
        }
        if case .throwing = effect { try checkThrowingCall(Signature(parameters: [], result: result, throwing: true), c) }
        guard params.count == args.count else {
            throw error(c, "expected \(params.count) argument\(params.count == 1 ? "" : "s") in call, got \(args.count)")
        }
        if let labelled = args.first(where: { $0.label != nil && !$0.isTrailingClosure }) {
            throw error(labelled.expression, "extraneous argument label '\(labelled.label!):' in call")
        }
        try checkExclusiveAccess(args.map(\.expression))
        var places: [(Int, LValue)] = []
        let codes = try zip(args, params).enumerated().map { i, pair -> Code in
            let (a, p) = pair
            guard case .inoutParameter(let type) = p else { return try expression(a.expression, as: p) }
            // `rule(&x)`: the variable goes in and comes back changed.
            places.append((i, try inoutArgument(a.expression, of: type)))
            return { _ in .void }
        }
        if !places.isEmpty { return Typed(type: result, code: invokeWritingBack(callee.code, codes, places, at: at(c))) }
        return Typed(type: result, code: callValue(callee.code, codes, at: at(c)))
    }

    /// The type an expression spells, as in `[Double](repeating: 0, count: 3)`,
    /// `[Character: Int]()` or `Point.self`; nil for an expression that names a value.
    func namedType(_ e: ExprSyntax) -> SType? {
        guard e.is(ArrayExprSyntax.self) || e.is(DictionaryExprSyntax.self) || e.is(DeclReferenceExprSyntax.self)
                || e.is(OptionalChainingExprSyntax.self) || e.is(GenericSpecializationExprSyntax.self) || e.is(MemberAccessExprSyntax.self)
        else { return nil }
        if let r = e.as(DeclReferenceExprSyntax.self), resolve(r.baseName.text) != nil { return nil }
        guard let written = Parsing.type(e.trimmedDescription) else { return nil }
        return try? resolveType(written)
    }

    /// The type `m` names when it is an associated type of a generic parameter (`C.Element` of a
    /// `C: Collection`, in a function specialised for `[Double]`); nil for anything else.
    func associatedTypeOfGenericParameter(_ m: MemberAccessExprSyntax) -> SType? {
        guard let base = m.base?.as(DeclReferenceExprSyntax.self), resolve(base.baseName.text) == nil,
              scope.lookupAlias(base.baseName.text) != nil, m.declName.baseName.text.first?.isUppercase == true else { return nil }
        let member = MemberTypeSyntax(baseType: IdentifierTypeSyntax(name: base.baseName), name: m.declName.baseName)
        return try? resolveType(TypeSyntax(member))
    }

    /// Whether `e` names a type rather than a value (`Double.pi`, `Point.origin()`).
    func typeName(_ e: ExprSyntax?) -> String? {
        if let name = libraryTypeName(e) { return name }
        // `S.Element.zero` of a generic parameter `S` standing for `[Double]`.
        if let m = e?.as(MemberAccessExprSyntax.self), let type = associatedTypeOfGenericParameter(m),
           ["Int", "Double", "Bool", "String"].contains(type.description) {
            return type.description
        }
        guard let r = e?.as(DeclReferenceExprSyntax.self), resolve(r.baseName.text) == nil else { return nil }
        let name = r.baseName.text
        if let alias = scope.lookupAlias(name) {
            if ["Int", "Double", "Bool", "String"].contains(alias.description) { return alias.description }
            // An alias of `Float` or a fixed-width integer (`Float32`): that type's static members.
            if case .native(let t) = alias, case .native(let named)? = nativeStaticType(t.name), named === t { return t.name }
        }
        return scope.lookupType(name) != nil || hasStaticMembers(name) ? name : nil
    }

    /// Whether `name` is a standard, Optim or Figures type whose static members blocks know.
    func hasStaticMembers(_ name: String) -> Bool {
        ["Int", "Double", "Bool", "String", "Array"].contains(name) || nativeStaticType(name) != nil
    }

    private func methodCall(_ m: MemberAccessExprSyntax, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed {
        let name = m.declName.baseName.text
        let at = self.at(m.declName)
        // `C.Element(xs.count)` in a generic function: the initialiser of the type it stands for.
        if let type = associatedTypeOfGenericParameter(m) {
            if case .structure(let t) = type { return try construct(t, args, c) }
            if let builtin = try standardCall(type.description, args, c, expected: expected) { return builtin }
        }
        // `main.total(xs)`: the note's global function, named with its module past a method that hides it.
        if let module = m.base?.as(DeclReferenceExprSyntax.self), module.baseName.text == "main", resolve("main") == nil,
           scope.lookupType("main") == nil, let b = globalScope.bindings[name] {
            return try bindingCall(b, name, args, c, expected: expected)
        }
        // `Self.make()` in a class's member runs on the class `Self` stands for, a subclass too.
        if let receiver = try selfMetatype(m.base), let call = try metatypeMember(receiver, name, args, c) { return call }
        if let t = declaredType(m.base) {
            if name == "init" { return try construct(t, args, c) }
            try checkAccess(to: name, of: t, m.declName)
            if let call = try typeMemberCall(t, name, args, c) { return call }
            // `Stats.of([1.0, 2])`: a static method of a generic type, its type arguments inferred.
            if let specialization = try staticMethodSpecialization(t, name, args, expected: expected, c),
               let call = try typeMemberCall(specialization, name, args, c) {
                return call
            }
            // `Outer.Inner(…)`: a nested type's initialiser.
            if let inner = t.nested[name] { return try construct(inner, args, c) }
            // `Rect.area(r)`: the method bound to the instance given.
            if args.count == 1, args[0].label == nil, !args[0].isTrailingClosure, let unapplied = unappliedMethod(t, name, m),
               let instance = try? expression(args[0].expression, expected: .structure(t)), instance.type.conforms(to: .structure(t)) {
                return try callFunctionValue(unapplied, args, c)
            }
            if t.methods(named: name).contains(where: { !$0.isStatic }), let base = m.base {
                throw error(base, "instance member '\(name)' cannot be used on type '\(t.name)'; did you mean to use a value of this type instead?")
            }
            throw error(m.declName, suggesting("type '\(t.name)' has no member '\(name)'", name, among: t.memberNames))
        }
        if let typeName = typeName(m.base) {
            if let call = try standardTypeMemberCall(typeName, name, args, c, expected: expected) { return call }
            throw error(m.declName, suggesting("type '\(typeName)' has no member '\(name)'", name, among: staticMemberNames(of: typeName)))
        }
        // `[Double].zeros(3)`: a static method an extension of the array type added.
        if let literal = m.base?.as(ArrayExprSyntax.self), literal.elements.count == 1,
           let element = literal.elements.first?.expression.as(DeclReferenceExprSyntax.self), resolve(element.baseName.text) == nil,
           let type = try? resolveType(TypeSyntax(IdentifierTypeSyntax(name: element.baseName))),
           let t = try extensionMembers(of: .array(type)), let call = try typeMemberCall(t, name, args, c) {
            return call
        }
        guard let baseExpr = m.base else {
            if let t = implicitMemberType(expected) {
                if name == "init" { return try construct(t, args, c) }
                if let call = try typeMemberCall(t, name, args, c) { return call }
                if !t.isProtocol { throw error(m.declName, suggesting("type '\(t.name)' has no member '\(name)'", name, among: t.memberNames)) }
            }
            if let expected, let t = try extensionMembers(of: expected.unwrappingOptionals, member: name),
               let call = try typeMemberCall(t, name, args, c) {
                return call
            }
            if let t = expected.flatMap({ nativeType(of: $0.unwrappingOptionals) }), let overloads = t.statics[name] {
                return try callNative(overloads, receiver: nil, args, c, name: name)
            }
            if let implicit = try implicitStandardMemberCall(name, args, c, expected: expected) { return implicit }
            throw unsupported(m, "implicit member calls")
        }
        if baseExpr.is(SuperExprSyntax.self) { return try superMember(m, args, c) }
        if name == "init", function.owner.isInitializer, baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.text == "self",
           case .structure(let t)? = function.owner.selfType.map(SType.structure) {
            if t.isClass { return try delegatingInitializer(t, try expression(baseExpr), args, c) }
            // `self.init(…)`: an initialiser delegating to another.
            let (value, place) = (try construct(t, args, c).code, try lvalue(baseExpr).modify)
            return Typed(type: .void) { f in
                let v = try value(f)
                try place(f) { $0 = v }
                return .void
            }
        }
        let base = try retypedLiterals[baseExpr.id].map { try expression(baseExpr, expected: $0) }
            ?? literalDoubleRange(baseExpr, name, args) ?? literalTypedByClosure(baseExpr, name, args) ?? expression(baseExpr).openingSelf
        if case .substring = base.type,
           ["firstIndex", "lastIndex", "index", "distance", "insert", "remove", "replaceSubrange", "range"].contains(name) {
            throw substringIndices("'\(name)'", m.declName)
        }
        // `t.f(4)`, `u.0()`: a closure (or a value with `callAsFunction`) held in a tuple, called.
        if case .tuple(let types, let labels) = base.type,
           let i = labels.firstIndex(of: name) ?? Int(name).flatMap({ types.indices.contains($0) ? $0 : nil }),
           isCallable(types[i]) {
            return try callFunctionValue(try member(m, expected: nil), args, c)
        }
        if case .structure(let t) = base.type {
            try checkAccess(to: name, of: t, m.declName)
            if let draw = try generatorDrawCall(t, baseExpr, name, args, c, expected: expected) { return draw }
            try refuseSelfSpecialisedMember(t, name, base: baseExpr, member: m.declName)
            let overload = try methodOverload(t, name, args, c, expected: expected)
            if case .generic(let g)? = overload {
                return try genericCall(g, args, c, expected: expected, receiver: base) { try self.mutatingPlace(baseExpr, c) }
            }
            if case .method(let method)? = overload {
                var inouts: [(Int, LValue)] = []
                let codes = try match(args, to: method.signature, c, name: name) { inouts.append(($0, $1)) }
                try checkThrowingCall(method.signature, c)
                if method.isMutating, t.dispatchesOnValue {
                    return dispatchMutating(method, place: try mutatingPlace(baseExpr, c), arguments: codes, inouts: inouts, at: at)
                }
                if method.isMutating {
                    return invokeMutating(method, place: try mutatingPlace(baseExpr, c), arguments: codes, inouts: inouts, at: at)
                }
                return try invokeMethod(method, receiver: base, arguments: codes, inouts: inouts, at: at)
            }
            // A property holding a function (stored, computed or `lazy`), or a value whose type
            // declares `callAsFunction`, is called with its value.
            if let i = t.fieldIndex(name), isCallable(t.fields[i].type) {
                return try callFunctionValue(try member(m, expected: nil), args, c)
            }
            if let p = t.property(name), isCallable(p.signature.result) {
                return try callFunctionValue(try member(m, expected: nil), args, c)
            }
            if let unmet = try unmetRequirement(of: name, on: t, m.declName) { throw unmet }
            if let adopted = try adoptedLibraryMethodCall(base, baseExpr, name, args, c, expected: expected) { return adopted }
            // A sequence of the note has an array's methods, of its elements (`s.reduce(0, +)`),
            // but not the indices of a collection of the note, which are its own.
            if let prefix = try noteSequencePrefix(base, name, args, c) { return prefix }
            if t.noteCollection != nil, ["firstIndex", "lastIndex", "index", "indices", "distance", "formIndex"].contains(name) {
                throw unsupported(m.declName, "'\(name)' of a collection of the note, whose indices are its own; declare it, or use 'Array(…)' of the collection")
            }
            if let elements = noteSequenceArray(base, at),
               let method = try builtinMethod(baseExpr, elements, name, args, c, expected: expected) ?? libraryMethod(baseExpr, elements, name, args, c, expected: expected) {
                return method
            }
            if let p = standardProtocolExtending(t, with: name) {
                throw unsupported(m.declName, "'\(name)' of 'extension \(p)' on '\(t.name)', a type of the note; declare it in an extension of '\(t.name)'")
            }
            if let property = nonFunctionProperty(m) { throw error(m.declName, "cannot call value of non-function type '\(property)'") }
            throw error(m.declName, suggesting("value of type '\(base.type)' has no member '\(name)'", name, among: t.memberNames))
        }
        return try extensionOrStandardMethod(base, baseExpr, name, args, c, m, expected: expected) {
            try self.extensionMethodCall(base, baseExpr, name, args, c, expected: expected)
        }
    }

    /// Compiles `base.name(…)` with `extensionCall`, the call of an extension's method of the name
    /// (nil if there is none), else of the standard method; where the extension's takes no such
    /// arguments, the standard one that does (`sorted { … }` beside a note's `sorted(by: KeyPath)`):
    /// Swift chooses among both.
    private func extensionOrStandardMethod(_ base: Typed, _ baseExpr: ExprSyntax, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                                           _ m: MemberAccessExprSyntax, expected: SType?, extensionCall: () throws -> Typed?) throws -> Typed {
        let added: Typed?
        do {
            added = try extensionCall()
        } catch let e as InterpreterError {
            guard let standard = try? standardMethodCall(base, baseExpr, name, args, c, m, expected: expected) else { throw e }
            return standard
        }
        return try added ?? standardMethodCall(base, baseExpr, name, args, c, m, expected: expected)
    }

    /// The type of the property `m` names, called as if it were a method (`s.norm()`), unless it
    /// holds a function; nil where it names no property.
    private func nonFunctionProperty(_ m: MemberAccessExprSyntax) -> SType? {
        guard let type = try? member(m, expected: nil).type else { return nil }
        if case .function = type { return nil }
        return type
    }

    /// Compiles `base.name(…)` of a method of a standard type, a metatype, a vector or a view;
    /// Swift's error if it has none that `args` fit.
    private func standardMethodCall(_ base: Typed, _ baseExpr: ExprSyntax, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                                    _ m: MemberAccessExprSyntax, expected: SType?) throws -> Typed {
        if let member = try metatypeMember(base, name, args, c) { return member }
        if let collection = try vectorCollectionMethod(baseExpr, base, name, args, c, expected: expected) { return collection }
        if let rounded = try floatRoundedCall(base, name, args, c) { return rounded }
        if let native = try nativeMethodCall(base, baseExpr, name, args, c) { return native }
        if ["firstIndex", "lastIndex", "index"].contains(name) { try refuseSliceIndices(base.hasOffsetIndices, "'\(name)'", m.declName) }
        if let lazy = try lazyMethod(base, name, args, c) { return lazy }
        if let view = try viewMethod(baseExpr, base, name, args, c, expected: expected) { return view }
        // A `Substring`'s other methods are a `String`'s.
        let text = base.substringAsString
        if let builtin = try builtinMethod(baseExpr, text, name, args, c, expected: expected)
            ?? stringIndexMethod(text, name, args, c) ?? libraryMethod(baseExpr, text, name, args, c, expected: expected) {
            return builtin
        }
        if let double = try integerLiteralAsDouble(baseExpr, base),
           let member = try builtinMethod(baseExpr, double, name, args, c, expected: expected) ?? libraryMethod(baseExpr, double, name, args, c) {
            return member
        }
        try refuseVectorSliceIndices(base, name, m.declName)
        if let hash = try hashCall(base, name, args) { return hash }
        if let property = nonFunctionProperty(m) { throw error(m.declName, "cannot call value of non-function type '\(property)'") }
        throw noMember(name, of: base.type, among: memberNames(of: base.type), m.declName)
    }

    /// `[1, 2].map { (x: Double) in … }`: an array literal whose elements a closure argument's
    /// parameter gives a type (the element's parameter, the last of `reduce`'s), typed so, as
    /// Swift types the literal from the closure; nil for another receiver or call.
    private func literalTypedByClosure(_ baseExpr: ExprSyntax, _ name: String, _ args: [Argument]) throws -> Typed? {
        guard let a = baseExpr.as(ArrayExprSyntax.self), !a.elements.isEmpty,
              let closure = args.last?.expression.as(ClosureExprSyntax.self),
              case .parameterClause(let clause)? = closure.signature?.parameterClause,
              let written = (name.hasPrefix("reduce") ? clause.parameters.last : clause.parameters.first)?.type else { return nil }
        return try expression(baseExpr, expected: .array(try resolveType(written)))
    }

    /// An integer literal as the receiver of a member `Int` lacks (`4.squareRoot()`,
    /// `7.rounded()`): a `Double` there, as Swift finds the member on `Double`; nil for any other
    /// receiver.
    private func integerLiteralAsDouble(_ baseExpr: ExprSyntax, _ base: Typed) throws -> Typed? {
        guard case .int = base.type, isIntegerLiteral(.leaf(baseExpr)) else { return nil }
        return Typed(type: .double, code: try expression(baseExpr, as: .double))
    }

    /// `(0...1).contains(x)` for a `Double` x: a range of integer literals is a
    /// `ClosedRange<Double>` there, as Swift types literals from the argument; nil otherwise.
    private func literalDoubleRange(_ baseExpr: ExprSyntax, _ name: String, _ args: [Argument]) throws -> Typed? {
        let e = baseExpr.unparenthesized
        guard name == "contains", args.count == 1, args[0].label == nil, let s = e.as(SequenceExprSyntax.self),
              case .infix("...", _, let lower, let upper) = try fold(s), isIntegerLiteral(lower), isIntegerLiteral(upper),
              (try? expression(args[0].expression).type)?.conforms(to: .double) == true else { return nil }
        return try expression(baseExpr, expected: .native(bindings.doubleRange))
    }

    /// `A.f` of an instance method: a function from an instance to the method bound to it,
    /// dispatched on the instance's dynamic type (`A.f(c)()` runs `c`'s override); nil for
    /// other members. A mutating method's is refused by swiftc as partially applied.
    private func unappliedMethod(_ t: StructType, _ name: String, _ m: MemberAccessExprSyntax) -> Typed? {
        guard m.declName.argumentNames == nil, let method = t.method(name), !method.isStatic, !method.isMutating else { return nil }
        let signature = method.signature
        let bound = SType.function(signature.parameters.map(\.type), signature.result, effect: signature.throwing ? .throwing : .nonThrowing)
        let (runtime, at, code) = (self.runtime, self.at(m), method.code)
        let unapplied = Value.function(Callable { receiver in
            .function(Callable { arguments in
                var instance = receiver[0]
                return try runtime.callMethod(code, on: &instance, arguments, at: at)
            })
        })
        return Typed(type: .function([.structure(t)], bound)) { _ in unapplied }
    }

    /// Compiles `base.name` used as a value.
    func member(_ m: MemberAccessExprSyntax, expected: SType?) throws -> Typed {
        let name = m.declName.baseName.text
        guard let baseExpr = m.base else {
            // Printed or stored untyped, an implicit member has no type to be a member of.
            let untyped = if let expected { expected.isExactly(.any) } else { true }
            if untyped, Self.hasNoNumberContext(m) {
                if m.parent?.is(InitializerClauseSyntax.self) == true {
                    throw error(m.declName, "reference to member '\(name)' cannot be resolved without a contextual type")
                }
                throw error(m.declName, "type 'Any' has no member '\(name)'")
            }
            if let t = implicitMemberType(expected) {
                if let value = try typeMember(t, name, m) { return value }
                // `let e: E = .c` of an enum without that case.
                if !t.isProtocol, name != "none" {
                    throw error(m.declName, suggesting("type '\(t.name)' has no member '\(name)'", name, among: t.memberNames))
                }
            }
            // `let u: Double = .unit` of `extension BinaryFloatingPoint { static var unit: Self }`.
            if let expected, let t = try extensionMembers(of: expected.unwrappingOptionals, member: name),
               let value = try typeMember(t, name, m) {
                return value
            }
            if let constant = nativeConstant(expected?.unwrappingOptionals, name) { return constant }
            // `.none` where an optional is expected.
            if name == "none", let expected, case .optional = expected { return Typed(type: expected) { _ in .none } }
            // `let n: Int = .zero`; a `Double` or no context takes `Double`'s, unless only integer
            // literals stand around it (`2 * .pi`), which swiftc finds ambiguous.
            if case .int? = expected?.unwrappingOptionals, let constant = staticProperty("Int", name) { return constant }
            if isAmbiguousConstant(m) { throw error(m.declName, "ambiguous use of '\(name)'") }
            if let constant = staticProperty("Double", name) { return constant }
            // One of Optim's protocols has the members its conveniences give it; a function type none.
            let expectsNoMembers: Bool = switch expected?.unwrappingOptionals {
            case .native(let t)?: t.isProtocol
            case .function?: true
            default: false
            }
            if expectsNoMembers, let expected { throw error(m.declName, "type '\(expected.unwrappingOptionals)' has no member '\(name)'") }
            throw unsupported(m, "implicit member expressions")
        }
        if baseExpr.is(SuperExprSyntax.self) { return try superMember(m, nil, nil) }
        // `Self.self` in an instance member is the type of the value it runs on, as `type(of: self)`;
        // in a class's static member, the class it runs on.
        if name == "self", baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.Self) {
            if let receiver = staticReceiver() { return receiver }
            if case .binding? = resolve("self") { return try dynamicType(of: try reference("self", Syntax(baseExpr)), at: Syntax(baseExpr)) }
        }
        if name == "self", let metatype = try metatypeLiteral(baseExpr) { return metatype }
        // `Optional<Int>.none`, `Int?.none`.
        if name == "none", baseExpr.is(GenericSpecializationExprSyntax.self) || baseExpr.is(OptionalChainingExprSyntax.self),
           case .optional(let wrapped)? = namedType(baseExpr) {
            return Typed(type: .optional(wrapped)) { _ in .none }
        }
        if let receiver = try selfMetatype(baseExpr), let value = try metatypeMember(receiver, name, nil, m) { return value }
        if let t = declaredType(baseExpr) {
            try checkAccess(to: name, of: t, m.declName)
            if let value = try typeMember(t, name, m.declName) { return value }
            if let unapplied = unappliedMethod(t, name, m) { return unapplied }
            throw error(m.declName, suggesting("type '\(t.name)' has no member '\(name)'", name, among: t.memberNames))
        }
        if let typeName = typeName(baseExpr) {
            if let t = extensionMembers(named: typeName, member: name), let value = try typeMember(t, name, m.declName) { return value }
            if let constant = staticProperty(typeName, name) ?? nativeConstant(nativeStaticType(typeName), name) {
                return constant
            }
            throw error(m.declName, suggesting("type '\(typeName)' has no member '\(name)'", name, among: staticMemberNames(of: typeName)))
        }
        if let unusable = moduleMemberValue(m) { throw unusable }
        // A value's `.self` is the value (`\.self`, `x.self`).
        if name == "self" { return try expression(baseExpr, expected: expected) }
        let base = try expression(baseExpr).openingSelf
        // A lazy view of a sequence that may be endless (`(1...).lazy`, `sequence(first:next:).lazy`)
        // would be asked for all its elements here.
        if name == "lazy", case .native(let t) = base.type, t === bindings.partialRangeFrom {
            throw unsupported(m.declName, "'lazy' of an endless range ('n...'); use a closed range ('n...m'), or a 'for' loop that breaks")
        }
        if name == "lazy", case .structure(let t) = base.type, t.noteIteration != nil {
            throw unsupported(m.declName, "'lazy' of a sequence that may be endless; take 'Array(s.prefix(n))' first, or use its 'prefix(while:)' and 'first(where:)', which stop early")
        }
        if case .substring = base.type, ["startIndex", "endIndex", "indices"].contains(name) {
            throw substringIndices("'\(name)'", m.declName)
        }
        let code = base.code
        switch base.type {
        case .structure(let t):
            try checkAccess(to: name, of: t, m.declName)
            try refuseSelfSpecialisedMember(t, name, base: baseExpr, member: m.declName)
            if let i = t.fieldIndex(name) {
                return Typed(type: t.fields[i].type) { f in try code(f).field(i) }
            }
            if let method = t.property(name) {
                // A struct's lazy property: reading it may store its value.
                if method.isMutating {
                    let place: LValue
                    // swiftc reports an immutable receiver at the property.
                    do { place = try mutatingReceiver(baseExpr, of: "getter") } catch let e as InterpreterError { throw error(m.declName, e.message) }
                    return invokeMutating(method, place: place, arguments: [], at: at(m))
                }
                return try invokeMethod(method, receiver: base, arguments: [], at: at(m))
            }
            if let method = t.method(name), !method.isStatic, !method.isMutating { return try methodReference(baseExpr, method.signature, m) }
            if let adopted = try adoptedExtensionProperty(base, name, m, expected: expected) { return adopted }
            // A sequence of the note has an array's `count`, `first`, … of its elements.
            if ["count", "isEmpty", "first", "last", "underestimatedCount"].contains(name), let elements = noteSequenceArray(base, at(m)),
               let property = try builtinProperty(elements, name, m) {
                return property
            }
        case .tuple(let types, let labels):
            // A tuple may be labelled `init`, but `t.init` names an initialiser, which it has none of.
            if name == "init" { throw error(m.declName, "value of tuple type '\(base.type)' has no member 'init'") }
            if let i = Int(name) ?? labels.firstIndex(of: name), i < types.count {
                return Typed(type: types[i]) { f in
                    guard case .tuple(let t) = try code(f) else { return .void }
                    return t.elements[i]
                }
            }
        default:
            if ["startIndex", "endIndex", "indices"].contains(name) { try refuseSliceIndices(base.hasOffsetIndices, "'\(name)'", m.declName) }
            if let property = try extensionProperty(base, name, m, expected: expected) { return property }
            if let property = try nativeProperty(base, name) ?? vectorCollectionProperty(base, name, m) { return property }
            // `schedule.learningRate`, `f.gradient(at:)`: an Optim method as a function value, the
            // one of its overloads the labels written (or none) name.
            if case .native(let t) = base.type, let overloads = t.methods[name] {
                let written = m.declName.argumentNames?.arguments.map { $0.name.tokenKind == .wildcard ? nil : $0.name.text }
                let named = overloads.filter { o in o.update == nil && o.copyForMutation == nil && written.map { $0 == o.parameters.map(\.label) } ?? true }
                if named.count == 1 {
                    var signature = named[0].signature
                    signature.throwing = named[0].throwing
                    return try methodReference(baseExpr, signature, m)
                }
            }
            // A `Substring`'s other properties are a `String`'s.
            let text = base.substringAsString
            if let property = try builtinProperty(text, name, m) ?? stringIndexProperty(text, name) ?? libraryProperty(text, name, m) {
                return property
            }
            if name == "lazy", let lazy = lazyView(base, m) { return lazy }
        }
        if let description = localizedDescription(base, name, m) { return description }
        if let member = try metatypeMember(base, name, nil, m) { return member }
        if case .structure(let t) = base.type, let unmet = try unmetRequirement(of: name, on: t, m.declName) { throw unmet }
        if let double = try integerLiteralAsDouble(baseExpr, base),
           let property = try builtinProperty(double, name, m) ?? libraryProperty(double, name, m) {
            return property
        }
        try refuseVectorSliceIndices(base, name, m.declName)
        // Any `Hashable` value's `hashValue` (not a metatype's), by its type's `hash(into:)` where it declares one.
        if name == "hashValue", isHashable(base.type), nativeType(of: base.type)?.metatypeOf == nil {
            return Typed(type: .int) { f in .int(try code(f).digest) }
        }
        throw noMember(name, of: base.type, among: memberNames(of: base.type), m.declName)
    }

    /// Compiles `base[index]` used as a value.
    func subscriptRead(_ s: SubscriptCallExprSyntax) throws -> Typed {
        let base = try expression(s.calledExpression)
        let arguments = Array(s.arguments)
        let code = base.code, at = self.at(s)
        if arguments.count == 1, arguments[0].label?.text == "keyPath" {
            let e = arguments[0].expression
            let path = try functionReference(e, parameters: [base.type], result: nil) ?? expression(e)
            guard case .function(let ps, let value, _) = path.type, ps.count == 1, base.type.conforms(to: ps[0]) else {
                throw error(arguments[0].expression, "cannot use value of type '\(path.type)' as a key path of '\(base.type)'")
            }
            return Typed(type: value, code: callValue(path.code, [code], at: at))
        }
        switch base.type {
        case .array where arguments.count == 1 && arguments[0].label == nil && isPartialRange(arguments[0].expression):
            try refuseSliceIndices(base.hasOffsetIndices, "a subscript", s)
            var slice = try partialRangeSubscript(base, arguments[0].expression, at)
            slice.isArraySlice = true
            return slice
        case .array(let element) where arguments.count == 1 && arguments[0].label == nil:
            try refuseSliceIndices(base.hasOffsetIndices, "a subscript", s)
            let index = try expression(arguments[0].expression)
            let i = index.code
            switch index.type {
            case .int:
                if let place = slotPlace(s.calledExpression) {
                    if case .double = element { return doubleElement(of: place, at: index.intOperand, at) }
                    return Typed(type: element) { f in
                        guard case .int(let k) = try i(f) else { return .void }
                        guard case .array(let a) = place.address(in: f).pointee else { return .void }
                        guard k >= 0 && k < a.count else { throw indexError(k, a.count, at) }
                        return a[k]
                    }
                }
                if case .double = element {
                    return Typed(double: { f in
                        guard case .array(let a) = try code(f), case .int(let k) = try i(f) else { return .nan }
                        guard k >= 0 && k < a.count else { throw indexError(k, a.count, at) }
                        guard case .double(let x) = a[k] else { return .nan }
                        return x
                    })
                }
                return Typed(type: element) { f in
                    guard case .array(let a) = try code(f), case .int(let k) = try i(f) else { return .void }
                    guard k >= 0 && k < a.count else { throw indexError(k, a.count, at) }
                    return a[k]
                }
            case .range:
                var slice = Typed(type: base.type) { f in
                    guard case .array(let a) = try code(f), case .range(let r) = try i(f) else { return .void }
                    guard r.lower >= 0 && (r.last ?? r.lower - 1) < a.count else {
                        throw InterpreterError(message: "range \(Value.range(r).description) out of bounds for array of count \(a.count)", at: at)
                    }
                    return .array(r.span.map { Array(a[$0]) } ?? [])
                }
                slice.isArraySlice = true
                return slice
            default:
                try refusePartialRange(index.type, arguments[0], "a subscript with a partial range held in a value; write the range in the subscript ('xs[2...]')")
                throw error(arguments[0], "array subscript must be 'Int' or a range, not '\(index.type)'")
            }
        case .dictionary(let key, let value):
            let k = try expression(arguments[0].expression, as: key)
            if arguments.count == 2, arguments[1].label?.text == "default" {
                let d = try expression(arguments[1].expression, as: value)
                return Typed(type: value) { f in
                    guard case .dictionary(let dict) = try code(f) else { return .void }
                    return try dict[try k(f)] ?? d(f)
                }
            }
            return Typed(type: .optional(value)) { f in
                guard case .dictionary(let dict) = try code(f) else { return .void }
                return dict[try k(f)].map { .some($0) } ?? .none
            }
        case .vector, .matrix:
            return try linearAlgebraSubscript(base, arguments, s)
        case .string where arguments.count == 1 && arguments[0].label == nil:
            return try stringSubscript(base, arguments[0].expression, at)
        case .substring:
            throw substringIndices("a subscript", s)
        case .structure(let t) where !t.subscripts.isEmpty:
            let (declared, codes) = try declaredSubscript(t, s)
            return try invokeMethod(declared.getter, receiver: base, arguments: codes, at: at)
        default:
            try refuseVectorSliceIndices(base, "subscript", s)
            throw error(s, "value of type '\(base.type)' has no subscripts")
        }
    }

    /// The subscript of the note's type `t` that `s` calls, the first declared that takes its
    /// arguments, with their code.
    func declaredSubscript(_ t: StructType, _ s: SubscriptCallExprSyntax) throws -> (StructType.Subscript, [Code?]) {
        var firstError: Error?
        for candidate in t.subscripts {
            do {
                return (candidate, try match(subscriptArguments(s), to: candidate.getter.signature, s, name: "subscript"))
            } catch let e as NameError {
                throw e
            } catch {
                firstError = firstError ?? error
            }
        }
        if t.subscripts.count > 1 { throw self.error(s.leftSquare, "no exact matches in call to subscript") }
        throw firstError!
    }

    /// The arguments of `base[…]`.
    func subscriptArguments(_ s: SubscriptCallExprSyntax) -> [Argument] {
        s.arguments.map { Argument(label: $0.label?.text, expression: $0.expression, isTrailingClosure: false) }
    }

    /// Whether `e` is a one-sided range: `a...`, `..<b` or `...b`, or the unbounded range `...`.
    private func isPartialRange(_ e: ExprSyntax) -> Bool {
        if isUnboundedRange(e) { return true }
        if let p = e.as(PostfixOperatorExprSyntax.self) { return p.operator.text == "..." }
        if let p = e.as(PrefixOperatorExprSyntax.self) { return p.operator.text == "..<" || p.operator.text == "..." }
        return false
    }

    /// Whether `e` is `...` alone, the unbounded range (`xs[...]`, the whole array as a slice).
    private func isUnboundedRange(_ e: ExprSyntax) -> Bool {
        e.as(DeclReferenceExprSyntax.self)?.baseName.text == "..."
    }

    /// Compiles `xs[a...]`, `xs[..<b]` or `xs[...b]`, the slice up to or from the array's end.
    private func partialRangeSubscript(_ base: Typed, _ e: ExprSyntax, _ at: SourcePoint) throws -> Typed {
        let code = base.code
        guard let positions = try rangePositions(e, at) else { throw error(e, "expected a one-sided range") }
        return Typed(type: base.type) { f in
            guard case .array(let a) = try code(f) else { return .void }
            return .array(Array(a[try positions(f, a.count)]))
        }
    }

    /// For a subscript argument that is a range of integers (`a...b`, `a..<b`, `a...`, `..<b`,
    /// `...b`), code giving the positions it covers in an array of `count` elements; nil for any
    /// other argument. A range reaching outside the array is an error, where Swift traps.
    func rangePositions(_ e: ExprSyntax, _ at: SourcePoint) throws -> ((Frame, Int) throws -> Range<Int>)? {
        let bound: Code, kind: (from: Bool, closed: Bool)
        if isUnboundedRange(e) { return { _, count in 0..<count } }
        if let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." {
            (bound, kind) = (try expression(p.expression, as: .int), (true, true))
        } else if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "..<" || p.operator.text == "..." {
            (bound, kind) = (try expression(p.expression, as: .int), (false, p.operator.text == "..."))
        } else if !isPartialRange(e), case let typed = try expression(e), case .range = typed.type {
            let range = typed.code
            return { f, count in
                guard case .range(let r) = try range(f) else { return 0..<0 }
                guard r.lower >= 0, r.closed ? r.upper < count : r.upper <= count else { throw Self.rangeError(count, at) }
                return r.lower..<(r.closed ? r.upper + 1 : r.upper)
            }
        } else {
            return nil
        }
        return { f, count in
            guard case .int(let b) = try bound(f) else { return 0..<0 }
            let (lower, end) = kind.from ? (b, count) : (0, kind.closed ? b &+ 1 : b)
            guard lower >= 0 && lower <= end && end <= count else { throw Self.rangeError(count, at) }
            return lower..<end
        }
    }

    private static func rangeError(_ count: Int, _ at: SourcePoint) -> InterpreterError {
        InterpreterError(message: "range out of bounds for array of count \(count)", at: at)
    }
}

extension Compiler {
    /// An implicit `.init(…)` of a standard type the context expects: `.init(repeating: 0,
    /// count: n)` for an array, `.init(x)` for a number or string; nil for others. (`.some(x)`
    /// of an optional is `optionalCaseCall`.)
    func implicitStandardMemberCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                                    expected: SType?) throws -> Typed? {
        guard let expected else { return nil }
        guard name == "init" else {
            // `x: .random(in: 0...1, using: &g)`, `let z: Double = .maximum(a, b)`: a static method
            // of the standard type expected (or wrapped in the optional expected).
            let wrapped = expected.unwrappingOptionals
            let typeName: String? = switch wrapped {
            case .int, .double, .string, .bool: wrapped.description
            default: isFloat(wrapped) || fixedWidthKind(wrapped) != nil ? wrapped.description : nil
            }
            return try typeName.flatMap { try standardTypeMemberCall($0, name, args, c, expected: expected) }
        }
        let typeName: String? = switch expected {
        case .array: "Array"
        case .dictionary: "Dictionary"
        case .int, .double, .string: expected.description
        // `let v: Vector = .init(…)`: Optim's initialiser.
        case .vector, .matrix: expected.description
        default: isFloat(expected) || fixedWidthKind(expected) != nil ? expected.description : nil
        }
        return try typeName.flatMap { try standardCall($0, args, c, expected: expected) }
    }

    /// Compiles `T.name(…)` of the standard or Optim type named `typeName`: a static method an
    /// extension added, the type's own, or Optim's; nil if it has none of that name.
    private func standardTypeMemberCall(_ typeName: String, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                                        expected: SType?) throws -> Typed? {
        if let t = extensionMembers(named: typeName, member: name), let call = try typeMemberCall(t, name, args, c) { return call }
        if let builtin = try staticCall(typeName, name, args, c) { return builtin }
        if typeName == "Unicode", name == "Scalar" { return try unicodeScalarCall(args, c, expected: expected) }
        return try nativeStaticCall(typeName, name, args, c)
    }
}
