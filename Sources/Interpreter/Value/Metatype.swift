import SwiftSyntax

/// A metatype value, as `type(of:)` gives it: printed as the type's name (`Int`, `Point`), and
/// nested in a collection, an optional or a tuple with its module (`[Swift.Int]`, `main.Point`),
/// as Swift prints it.
struct Metatype: Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The name `print(type(of: x))` shows.
    let description: String
    /// The name with its module, or nil where it is not known here (a generic type of the note):
    /// the compiler refuses to print such a metatype nested, or to make it an `Any`.
    let qualifiedName: String?
    /// What tells this type from others of the same name (the compiler's name for a type the
    /// note declares, which includes the types it is nested in and its type arguments).
    let identity: String
    /// For a type the note declares, that type (for a class, the instance's own class), whose
    /// static members a call on the metatype runs.
    var type: StructType?

    var debugDescription: String { qualifiedName ?? description }

    static func == (a: Metatype, b: Metatype) -> Bool {
        (a.description, a.qualifiedName, a.identity) == (b.description, b.qualifiedName, b.identity)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(identity) }
}

extension Bindings {
    /// The static type of the metatypes of values of static type `instance` (`Int.Type`), made
    /// once per session so that the compiler compares it by identity; `printsNested` tells whether
    /// every metatype it may hold has a qualified name known here.
    func metatypeType(of instance: SType, printsNested: Bool) -> NativeType {
        let name = "\(instance.metatypeName).Type"
        if let existing = metatypes[name] { return existing }
        let t = NativeType(name)
        t.metatypePrintsNested = printsNested
        t.metatypeOf = instance
        if case .structure(let s) = instance, !s.isProtocol { t.metatypeInstance = s }
        metatypes[name] = t
        return t
    }
}

extension Compiler {
    /// `a == b` for two metatypes, of any static types (Swift compares them as `Any.Type?`):
    /// whether they are the same type. Nil when an operand is not a metatype.
    func metatypeEquality(_ op: String, _ l: Typed, _ r: Typed) -> Typed? {
        guard case .native(let a) = l.type, a.metatypePrintsNested != nil, case .native(let b) = r.type, b.metatypePrintsNested != nil
        else { return nil }
        let (x, y, equal) = (l.code, r.code, op == "==")
        return Typed(type: .bool) { f in
            let (p, q) = (try x(f).native as? Metatype, try y(f).native as? Metatype)
            return .bool((p?.identity == q?.identity) == equal)
        }
    }
}

extension Compiler {
    /// `T.self` for a type `T` written as an expression (`Int.self`, `Point.self`, `[Double].self`,
    /// a generic parameter's `T.self`): the metatype, as `type(of:)` gives it; nil when `base`
    /// names no type.
    func metatypeLiteral(_ base: ExprSyntax) throws -> Typed? {
        guard let type = namedType(base) else { return nil }
        // In a protocol's view, `Self` is the conforming type the view is of.
        if case .structure(let view) = type, let t = view.opened { return metatype(of: .structure(t)) }
        return metatype(of: type)
    }

    /// `T.self` of `type`.
    func metatype(of type: SType) -> Typed {
        let qualified = type.qualifiedTypeName
        let metatype = bindings.metatypeType(of: type, printsNested: qualified != nil)
        let value = metatype.box(Metatype(description: type.metatypeName, qualifiedName: qualified, identity: type.qualifiedName,
                                          type: metatype.metatypeInstance))
        return Typed(type: .native(metatype)) { _ in value }
    }

    /// In a static member of a class of the note, the class it runs on (its `Self`, which a
    /// subclass may be): the metatype its caller passed; nil elsewhere.
    func staticReceiver() -> Typed? {
        guard case .binding(let b)? = resolve("$static"), case .structure(let t) = b.type, t.isClass else { return nil }
        return Typed(type: .native(bindings.metatypeType(of: b.type, printsNested: b.type.qualifiedTypeName != nil)), code: read(b))
    }

    /// The class `Self` stands for where `base` is `Self` in a member of a class of the note: the
    /// type of `self` in an instance member, the class a static member runs on; nil elsewhere.
    func selfMetatype(_ base: ExprSyntax?) throws -> Typed? {
        guard let r = base?.as(DeclReferenceExprSyntax.self), r.baseName.tokenKind == .keyword(.Self) else { return nil }
        if let receiver = staticReceiver() { return receiver }
        guard case .binding(let b)? = resolve("self"), case .structure(let t) = b.type, t.isClass else { return nil }
        return try dynamicType(of: try reference("self", Syntax(r)), at: Syntax(r))
    }
}

extension Compiler {
    /// Compiles `t.name` or `t.name(…)` on a metatype value `t` of a type of the note
    /// (`type(of: self).kind`, `let t: Base.Type = Derived.self; t.make()`): the static member of
    /// the type the value holds, a subclass's own where it overrides it (`class var`, `class
    /// func`), or, with `exact`, that class's own (`super.family`, run on the subclass). Nil when
    /// `base` is not such a metatype.
    func metatypeMember(_ base: Typed, _ name: String, _ args: [Argument]?, _ c: some SyntaxProtocol,
                        exact: StructType? = nil) throws -> Typed? {
        guard case .native(let metatype) = base.type, let s = exact ?? metatype.metatypeInstance else { return nil }
        let (code, runtime, at) = (base.code, self.runtime, self.at(c))
        /// The type the metatype value holds.
        func held(_ f: Frame) throws -> StructType { (try code(f).native as? Metatype)?.type ?? s }
        guard let args else {
            guard let property = s.statics[name] else { return nil }
            if exact != nil { return Typed(type: property.type) { f in try property.current(f, on: try code(f)) } }
            return Typed(type: property.type) { f in try (held(f).statics[name] ?? property).current(f, on: try code(f)) }
        }
        guard let call = c.as(FunctionCallExprSyntax.self) else { return nil }
        // A struct or enum is its own only type: its metatype makes one as its name does, memberwise too.
        if name == "init" { return s.isClass ? try metatypeInitializer(s, held, args, call) : try construct(s, args, call) }
        guard let method = s.methods[name], method.isStatic else { return nil }
        try checkThrowingCall(method.signature, call)
        let arguments = try match(args, to: method.signature, call, name: name)
        // Through a protocol (`T.Type` for `T: P`), the conformance's witness answers; on a class,
        // a `class func` the subclass overrides, not a `static func`, which is its own.
        let throughProtocol = s.dispatchesOnValue
        // A static requirement (not a member of the protocol here) is the held struct's or enum's
        // own where it implements it, else the default of the protocol's extension.
        let isRequirement = ([s] + s.allProtocols).contains { $0.protocolInfo?.staticRequirements.contains(name) == true }
        let isExact = exact != nil || method.isFinal
        // `class func make() -> Self` called on `Circle` gives a `Circle`.
        let result = method.returnsSelf && s.isClass ? metatype.metatypeInstance.map(SType.structure) ?? method.signature.result : method.signature.result
        return Typed(type: result) { f in
            let receiver = try code(f)
            let type = (receiver.native as? Metatype)?.type ?? s
            // (A class's witness is the conforming class's, which a subclass's own static member does not replace.)
            let witness = isRequirement && !type.isClass ? type.methods[name].flatMap { $0.isStatic ? $0.code : nil } : nil
            let callee = throughProtocol ? type.overrides[ObjectIdentifier(method.code)] ?? witness ?? method.code
                : isExact ? method.code : type.methods[name]?.code ?? method.code
            let frame = Frame(count: callee.slotCount, parent: nil)
            // The body's `Self` is the class the method runs on.
            frame.slots[0] = receiver
            for (i, a) in arguments.enumerated() {
                frame.slots[i + 1] = try a?(f) ?? defaultArgument(i + 1, of: callee, method.code, in: frame)
            }
            return try runtime.invoke(callee, frame, at)
        }
    }

    /// Compiles `t.init(…)` on a metatype value `t` of the note's type `s`: an instance of the
    /// type `held` gives, made by its initialiser of the same labels and types, which a class
    /// must declare `required` (so each subclass has one), as swiftc requires.
    private func metatypeInitializer(_ s: StructType, _ held: @escaping (Frame) throws -> StructType, _ args: [Argument],
                                     _ c: FunctionCallExprSyntax) throws -> Typed {
        let (runtime, at) = (self.runtime, self.at(c))
        var lastError: Error?
        for m in s.initializers {
            let codes: [Code?]
            do { codes = try match(args, to: m.signature, c, name: "init") } catch {
                lastError = error
                continue
            }
            if s.isClass, !m.isRequired, !s.isFinal {
                let at = c.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(c)
                throw error(at, "constructing an object of class type '\(s.name)' with a metatype value must use a 'required' initializer")
            }
            let key = m.signature.parameters.map { "\($0.label ?? "_"):\($0.type)" }
            return Typed(type: .structure(s)) { f in
                let t = try held(f)
                let own = t.initializers.first { $0.signature.parameters.map { "\($0.label ?? "_"):\($0.type)" } == key } ?? m
                let frame = Frame(count: own.code.slotCount, parent: nil)
                for (i, a) in codes.enumerated() {
                    frame.slots[i + 1] = try a?(f) ?? defaultArgument(i + 1, of: own.code, m.code, in: frame)
                }
                frame.slots[0] = t.value(fields: Array(repeating: .void, count: t.fields.count))
                try t.initializeDefaults(of: frame.slots[0], upTo: t.declaringClass(of: own), f)
                _ = try runtime.invoke(own.code, frame, at)
                return frame.slots[0]
            }
        }
        throw lastError ?? error(c, "type '\(s.name)' has no initializers")
    }
}
