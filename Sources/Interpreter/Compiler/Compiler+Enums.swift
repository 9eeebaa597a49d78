import SwiftSyntax

extension Compiler {
    /// The note's type that `e` names, as in `Mode.fast` or `Outer.Inner.make()`, unless `e` is a value.
    func declaredType(_ e: ExprSyntax?) -> StructType? {
        if let r = e?.as(DeclReferenceExprSyntax.self) {
            guard resolve(r.baseName.text) == nil else { return nil }
            if let t = scope.lookupType(r.baseName.text) { return t }
            // A type alias, or a generic parameter bound to a type of the note (`T.zero`).
            if case .structure(let t)? = scope.lookupAlias(r.baseName.text), !t.isProtocol { return t }
            return nil
        }
        if let m = e?.as(MemberAccessExprSyntax.self), let outer = declaredType(m.base) {
            return outer.nested[m.declName.baseName.text]
        }
        // `Stack<Int>`, `Result<Double, MyError>`: a specialisation of a generic type.
        if let s = e?.as(GenericSpecializationExprSyntax.self), let r = s.expression.as(DeclReferenceExprSyntax.self),
           resolve(r.baseName.text) == nil, let template = scope.lookupType(r.baseName.text), template.generic != nil,
           let arguments = try? s.genericArgumentClause.arguments.map({ a -> SType in
               guard let type = a.argument.as(TypeSyntax.self) else { throw error(a, "expected a type") }
               return try resolveType(type)
           }) {
            return try? specialize(template, arguments, s)
        }
        return nil
    }

    /// The note's type an implicit member (`.fast`, `.circle(r: 1)`) refers to: the expected
    /// type, or the type it wraps in an optional.
    func implicitMemberType(_ expected: SType?) -> StructType? {
        switch expected {
        case .structure(let t)?: t
        case .optional(.structure(let t))?: t
        default: nil
        }
    }

    /// Compiles `T.name` used as a value: a case without associated values, a static property or
    /// a static method, or returns nil.
    func typeMember(_ t: StructType, _ name: String, _ node: some SyntaxProtocol, receiver: Typed? = nil) throws -> Typed? {
        if let opened = t.witnessOfStaticRequirement(name) { return try typeMember(opened, name, node) }
        if let c = t.enumCase(name) {
            // A case with associated values is the function making one (`xs.map(Schedule.constant)`).
            guard c.parameters.isEmpty else {
                let maker = Value.function(Callable { arguments in .enumeration(EnumValue(tag: c, payload: arguments)) })
                return Typed(type: .function(c.parameters.map(\.type), .structure(t))) { _ in maker }
            }
            let v = Value.enumeration(EnumValue(tag: c, payload: []))
            return Typed(type: .structure(t)) { _ in v }
        }
        // A class's static property is read on the class (`receiver`, else `t` itself), whose
        // subclass may override it.
        if t.isClass, t.statics[name] != nil { return try metatypeMember(receiver ?? metatype(of: .structure(t)), name, nil, node) }
        if let p = t.statics[name] { return Typed(type: p.type) { f in try p.current(f) } }
        // `T.method` used as a value: a function of the method's parameters.
        guard let m = t.methods[name], m.isStatic, !m.signature.parameters.contains(where: \.isInout) else {
            // In a view, `Self.zero` is the conforming type's; a conforming type has the static
            // members of its protocols' extensions from its views.
            if let opened = t.opened { return try typeMember(opened, name, node) }
            return try t.staticView(name).flatMap { try typeMember($0, name, node) }
        }
        let (code, runtime, at) = (m.code, self.runtime, self.at(node))
        let function = Value.function(Callable { arguments in
            let frame = runtime.frame(for: code, parent: nil)
            for (i, a) in arguments.enumerated() { frame.slots[i + 1] = a }
            return try runtime.call(code, in: frame, at)
        })
        return Typed(type: .function(m.signature.parameters.map(\.type), m.signature.result)) { _ in function }
    }

    /// Compiles `T.name(…)`: an enum case with associated values, or a static method; nil if
    /// `T` has neither named `name`.
    func typeMemberCall(_ t: StructType, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax,
                        receiver: Typed? = nil) throws -> Typed? {
        if let opened = t.witnessOfStaticRequirement(name) { return try typeMemberCall(opened, name, args, c) }
        if let enumCase = t.enumCase(name) {
            let signature = Signature(parameters: enumCase.parameters, result: .structure(t))
            guard !enumCase.parameters.isEmpty else {
                throw error(c.calledExpression, "enum case '\(name)' has no associated values")
            }
            let (codes, globals) = (try match(args, to: signature, c, name: name), self.globals)
            return Typed(type: .structure(t)) { f in
                .enumeration(EnumValue(tag: enumCase, payload: try codes.enumerated().map { i, code in
                    try code?(f) ?? enumCase.defaults[i]!(globals)
                }))
            }
        }
        // A generic static method, alone or among overloads: the one Swift ranks first.
        if t.genericMethods[name]?.contains(where: \.isStatic) == true,
           case .generic(let g)? = try methodOverload(t, name, args, c, expected: nil, isStatic: true) {
            return try genericCall(g, args, c, expected: nil)
        }
        guard let first = t.methods[name], first.isStatic else {
            // A protocol extension's static method returning `Self` (`V.make()`) gives a `V`.
            guard let made = try (t.opened ?? t.staticView(name)).flatMap({ try typeMemberCall($0, name, args, c) }) else { return nil }
            return t.isProtocol ? made : Typed(type: made.type.substitutingAssociatedTypes(of: t), code: made.code)
        }
        // A class's static method runs on the class (`receiver`, else `t` itself), whose subclass
        // may override it and the members it calls.
        if t.isClass, t.methodOverloads[name] == nil {
            return try metatypeMember(receiver ?? metatype(of: .structure(t)), name, args, c)
        }
        // Of several static methods overloading the name, the one Swift ranks first.
        var method = first
        if t.methodOverloads[name] != nil, case .method(let chosen)? = try methodOverload(t, name, args, c, expected: nil, isStatic: true) {
            method = chosen
        }
        try checkThrowingCall(method.signature, c)
        return try invokeMethod(method, receiver: Typed(type: .void) { _ in .void },
                                arguments: try match(args, to: method.signature, c, name: name), at: at(c))
    }

    /// Compiles `E(rawValue: x)`, Swift's failable initialiser of an enum with raw values.
    func rawValueInitializer(_ t: StructType, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard let rawType = t.rawType, args.count == 1, args[0].label == "rawValue" else { return nil }
        let raw = try expression(args[0].expression, as: rawType)
        let cases = t.cases ?? []
        return Typed(type: .optional(.structure(t))) { f in
            let v = try raw(f)
            guard let found = cases.first(where: { $0.rawValue == v }) else { return .none }
            return .some(.enumeration(EnumValue(tag: found, payload: [])))
        }
    }


    /// In a static method, its type, whose static members its body names without `Self.`.
    /// The type whose static member (or enum case) `name` is seen unqualified where code is
    /// compiling, and whether that place is static: the member's own type (or, in a nested type,
    /// a type around it); nil when none has one.
    func enclosingStaticMember(_ name: String) -> (type: StructType, isStatic: Bool)? {
        let context: (StructType, Bool)
        if let t = staticSelf() {
            context = (t, true)
        } else if case .binding(let b)? = resolve("self"), let t = b.owner.selfType {
            context = (t, compilingDefaultValue)
        } else {
            return nil
        }
        var type: StructType? = context.0
        var isStatic = context.1
        while let t = type {
            if t.statics[name] != nil || t.enumCase(name) != nil || t.methods[name]?.isStatic == true { return (t, isStatic) }
            // An outer type's statics are seen from a nested type, whatever the place.
            isStatic = true
            type = outerType(of: t)
        }
        return nil
    }

    /// swiftc's error for the static member or enum case `name` of `t` named in an instance member.
    func staticMemberOnInstance(_ name: String, of t: StructType, _ node: some SyntaxProtocol) -> InterpreterError {
        t.enumCase(name) != nil ? error(node, "enum case '\(name)' cannot be used as an instance member")
            : error(node, "static member '\(name)' cannot be used on instance of type '\(t.name)'")
    }

    /// The type `t` is nested in, if any.
    private func outerType(of t: StructType) -> StructType? {
        let path = t.name.split(separator: ".").map(String.init)
        guard path.count > 1, var outer = globalScope.types[path[0]] else { return nil }
        for name in path.dropFirst().dropLast() {
            guard let inner = outer.nested[name] else { return nil }
            outer = inner
        }
        return outer
    }

    func staticSelf() -> StructType? {
        guard case .binding(let b)? = resolve("$static"), case .structure(let t) = b.type else { return nil }
        return t
    }

    /// The storage of a static property, for assignment.
    func staticPlace(_ t: StructType, _ name: String, _ node: some SyntaxProtocol) throws -> LValue? {
        guard let p = t.statics[name] else { return nil }
        if p.getter != nil { throw error(node, "cannot assign to property: '\(name)' is a get-only property") }
        if p.isLet { throw error(node, "cannot assign to property: '\(name)' is a 'let' constant") }
        return LValue(type: p.type) { f, body in
            var v = try p.current(f)
            p.value = nil
            defer { p.value = v }
            try body(&v)
        }
    }
}

extension StaticProperty {
    /// The value, initialised on first use; a computed property's, computed on every use.
    func current(_ f: Frame) throws -> Value {
        if getter != nil { return try initial(f) }
        return try stored(f)
    }

    /// The value read on the metatype `receiver`: a computed property's getter runs on it.
    func current(_ f: Frame, on receiver: Value) throws -> Value {
        if let computed { return try computed(receiver) }
        return try stored(f)
    }

    /// A stored property's value, initialised on first use.
    private func stored(_ f: Frame) throws -> Value {
        if let value { return value }
        let v = try initial(f)
        value = v
        return v
    }
}

extension FunctionCode {
    /// The getter of an enum's `rawValue`: `self` is slot 0.
    static func rawValueGetter() -> FunctionCode {
        let code = FunctionCode(name: "rawValue", parameterCount: 0)
        code.slotCount = 1
        code.body = { f in
            guard case .enumeration(let e) = f.slots[0] else { return .normal }
            f.result = e.tag.rawValue ?? .void
            return .returned
        }
        return code
    }
}

extension StructType {
    /// For a view (a protocol's `Self` opened to a conforming struct or enum), the conforming type
    /// where `name` is a static requirement of the protocol that the type implements itself: Swift
    /// calls its witness there, not the default the protocol's extension gives the view.
    func witnessOfStaticRequirement(_ name: String) -> StructType? {
        guard let opened, !opened.isClass, protocols.contains(where: { $0.protocolInfo?.staticRequirements.contains(name) == true }),
              opened.hasStaticMember(name) else { return nil }
        return opened
    }
}
