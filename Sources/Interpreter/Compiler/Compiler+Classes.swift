import SwiftSyntax

/// Classes: inheritance, overriding with dynamic dispatch, `super`, initialiser delegation and
/// identity (`===`). A class's values are references to an `Instance`; its type is a
/// `StructType` with `isClass` set, whose stored properties start with its superclass's.
extension Compiler {
    /// Takes `inherited`, the type at `position` in the inheritance clause of `t` (declared by
    /// `d`), as `t`'s superclass when it names a class; false when it names no type of the note.
    func declareSuperclass(_ inherited: TypeSyntax, position: Int, of t: StructType, in d: TypeDeclaration) throws -> Bool {
        guard case .structure(let s)? = try? resolveType(inherited) else { return false }
        if s.isProtocol {
            if s.isSubtype(of: t) { throw error(typeName(of: d) ?? Syntax(inherited), "protocol '\(t.name)' refines itself") }
            t.protocols.append(s)
            return true
        }
        let at = typeName(of: d) ?? Syntax(inherited)
        guard s.isClass, t.isClass else { throw error(at, "inheritance from non-protocol type '\(s.name)'") }
        if position > 0 { throw error(inherited, "superclass '\(s.name)' must appear first in the inheritance clause") }
        if s.isFinal { throw error(at, "inheritance from a final class '\(s.name)'") }
        if s.isSubtype(of: t) { throw error(at, "'\(t.name)' inherits from itself") }
        t.superclass = s
        return true
    }

    /// The name token of a struct, enum, class or protocol declaration; nil for an extension.
    func typeName(of d: TypeDeclaration) -> Syntax? {
        (d.syntax.as(ClassDeclSyntax.self)?.name ?? d.syntax.as(StructDeclSyntax.self)?.name ?? d.syntax.as(EnumDeclSyntax.self)?.name
            ?? d.syntax.as(ProtocolDeclSyntax.self)?.name).map(Syntax.init)
    }

    /// The declarations of `types` in the order their members are declared: every class after
    /// its superclass, so that a subclass inherits members already declared, and every type after
    /// those its properties' default values name (`var stats = Stats()` above `struct Stats`),
    /// so that those values are built with the members of their types.
    func declarationOrder(_ types: [TypeDeclaration]) -> [TypeDeclaration] {
        var pending = types.map { d in
            let defaults = d.syntax.memberBlock.members.compactMap { $0.decl.as(VariableDeclSyntax.self) }
                .flatMap(\.bindings).compactMap(\.initializer?.value)
            return (d, Set(defaults.flatMap { $0.tokens(viewMode: .sourceAccurate) }.filter { if case .identifier = $0.tokenKind { true } else { false } }.map(\.text)))
        }
        var ordered: [TypeDeclaration] = []
        while !pending.isEmpty {
            let ready = pending.firstIndex { d, named in
                !pending.contains { other, _ in
                    other.type === d.type.superclass || (other.type !== d.type && named.contains(other.type.name))
                }
            } ?? 0
            ordered.append(pending.remove(at: ready).0)
        }
        return ordered
    }

    /// Gives the class `t` its superclass's stored properties, members and conformances, before
    /// its own members are declared.
    func inheritMembers(_ t: StructType) {
        guard let s = t.superclass else { return }
        t.fields = s.fields + t.fields
        t.methods.merge(s.methods) { own, _ in own }
        t.methodOverloads.merge(s.methodOverloads) { own, _ in own }
        t.genericMethods.merge(s.genericMethods) { own, _ in own }
        t.computed.merge(s.computed) { own, _ in own }
        t.setters.merge(s.setters) { own, _ in own }
        t.statics.merge(s.statics) { own, _ in own }
        t.subscripts = s.subscripts + t.subscripts
        t.overrides.merge(s.overrides) { own, _ in own }
        t.conformances.formUnion(s.conformances)
        t.describe = t.describe ?? s.describe
        t.debugDescribe = t.debugDescribe ?? s.debugDescribe
    }

    /// Checks the `override` and `final` rules for a member `t` declares, and records an
    /// override so that calls on instances of `t` run `new`.
    func declareOverride(of inherited: StructType.Method?, with new: StructType.Method, in t: StructType,
                         modifiers: DeclModifierListSyntax, _ node: some SyntaxProtocol, kind: String) throws {
        let override = modifiers.first { $0.name.tokenKind == .keyword(.override) }
        if let override, !t.isClass { throw error(override, "'override' can only be specified on class members") }
        guard t.isClass else { return }
        let now = new.signature
        let sameSignature = inherited.map { was in
            was.signature.parameters.map(\.label) == now.parameters.map(\.label)
                && zip(was.signature.parameters, now.parameters).allSatisfy { $0.type.conforms(to: $1.type) && $1.type.conforms(to: $0.type) }
                && now.result.conforms(to: was.signature.result)
        } ?? false
        guard let inherited, sameSignature else {
            if override != nil { throw error(node, "\(kind) does not override any \(kind) from its superclass") }
            if inherited != nil { throw unsupported(node, "overloading an inherited \(kind) by its parameter types") }
            return
        }
        if override == nil { throw error(node, "overriding declaration requires an 'override' keyword") }
        if inherited.isFinal {
            let what = kind == "method" ? "instance method" : kind
            throw error(node, "\(what) overrides a 'final' \(what)")
        }
        for (k, code) in t.overrides where code === inherited.code { t.overrides[k] = new.code }
        t.overrides[ObjectIdentifier(inherited.code)] = new.code
    }

    /// Whether a member declared with `modifiers` in `t` is final: declared so, or in a final class.
    func isFinal(_ modifiers: DeclModifierListSyntax, in t: StructType) -> Bool {
        t.isFinal || modifiers.contains { $0.name.tokenKind == .keyword(.final) }
    }

    /// After a class's members are declared: a class without initialisers of its own inherits its
    /// superclass's when its new stored properties all have default values, as in Swift.
    func finishClass(_ d: TypeDeclaration) throws {
        let t = d.type
        guard t.isClass, let c = d.syntax.as(ClassDeclSyntax.self), t.initializers.isEmpty else { return }
        if t.fields.dropFirst(t.superclass?.fields.count ?? 0).contains(where: { $0.initial == nil }) {
            throw error(c.name, "class '\(t.name)' has no initializers")
        }
        t.initializers = t.superclass?.initializers ?? []
    }

    /// Compiles a call of a class method or computed property on `receiver`, dispatched on the
    /// receiver's dynamic type.
    func dispatch(_ m: StructType.Method, receiver: Typed, arguments: [Code?], at: SourcePoint) -> Typed {
        let (declared, runtime, receiverCode) = (m.code, self.runtime, receiver.code)
        return Typed(type: m.signature.result) { f in
            let r = try receiverCode(f)
            let code = r.implementation(of: declared)
            let frame = runtime.frame(for: code, parent: nil)
            frame.slots[0] = r
            for (i, a) in arguments.enumerated() {
                frame.slots[i + 1] = try a?(f) ?? defaultArgument(i + 1, of: code, declared, in: frame)
            }
            return try runtime.call(code, in: frame, at)
        }
    }

    /// Compiles `super.name` or, with `args`, `super.name(…)`: the superclass's member, run on
    /// `self` without dynamic dispatch; `super.init(…)` runs one of the superclass's initialisers.
    /// In a static or class member, `super.family` is the superclass's static member.
    func superMember(_ m: MemberAccessExprSyntax, _ args: [Argument]?, _ c: FunctionCallExprSyntax?) throws -> Typed {
        let selfBinding: Binding?
        if case .binding(let b)? = resolve("self"), case .structure = b.type { selfBinding = b } else { selfBinding = nil }
        guard let t = staticSelf() ?? selfBinding.flatMap({ if case .structure(let t) = $0.type { t } else { nil } }) else {
            throw error(m, "'super' cannot be used outside of class members")
        }
        guard t.isClass else { throw error(m, "'super' cannot be used in non-class type '\(t.name)'") }
        guard let s = t.superclass else {
            throw error(m, "'super' cannot be used in class '\(t.name)' because it has no superclass")
        }
        let name = m.declName.baseName.text
        guard let selfBinding else {
            // The superclass's own member, run on the class this one runs on (its `Self`).
            if let receiver = staticReceiver(),
               let member = try metatypeMember(receiver, name, args, c.map(Syntax.init) ?? Syntax(m.declName), exact: s) {
                return member
            }
            let member = if let args, let c { try typeMemberCall(s, name, args, c) } else { try typeMember(s, name, m.declName) }
            if let member { return member }
            if s.methods[name] != nil || s.computed[name] != nil || s.fieldIndex(name) != nil {
                throw error(m, "instance member '\(name)' cannot be used on type '\(s.name)'")
            }
            throw error(m.declName, "type '\(s.name)' has no member '\(name)'")
        }
        let receiver = Typed(type: .structure(t), code: read(selfBinding))
        if let args, let c {
            if name == "init" {
                guard function.owner.isInitializer else {
                    throw error(m, "'super.init' cannot be called outside of an initializer")
                }
                return try delegatingInitializer(s, receiver, args, c)
            }
            // Of several methods overloading the name, the one Swift ranks first.
            let overload = try methodOverload(s, name, args, c, expected: nil)
            if case .generic(let g)? = overload { return try genericCall(g, args, c, expected: nil, receiver: receiver) }
            guard case .method(let method)? = overload else {
                throw error(m.declName, suggesting("value of type '\(s.name)' has no member '\(name)'", name, among: s.memberNames))
            }
            // `inout` arguments (`super.update(&u)`) are accessed for the call, as a method's are.
            var inouts: [(Int, LValue)] = []
            let codes = try match(args, to: method.signature, c, name: name) { inouts.append(($0, $1)) }
            try checkThrowingCall(method.signature, c)
            return try invokeMethod(method, receiver: receiver, arguments: codes, inouts: inouts, at: at(m.declName), dynamic: false)
        }
        if let getter = s.computed[name] {
            return try invokeMethod(getter, receiver: receiver, arguments: [], at: at(m.declName), dynamic: false)
        }
        if let i = s.fieldIndex(name) {
            let code = receiver.code
            return Typed(type: s.fields[i].type) { f in try code(f).field(i) }
        }
        throw error(m.declName, suggesting("value of type '\(s.name)' has no member '\(name)'", name, among: s.memberNames))
    }

    /// Compiles `self.init(…)` in a class's convenience initialiser or `super.init(…)`: one of
    /// `t`'s initialisers runs on the instance being initialised.
    func delegatingInitializer(_ t: StructType, _ receiver: Typed, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let instance = receiver.code
        // The implicit `init()`, which sets the defaults of the properties of `t` and its superclasses.
        if t.initializers.isEmpty || t.keepsMemberwise, args.isEmpty {
            return Typed(type: .void) { f in
                try t.initializeDefaults(of: try instance(f), upTo: nil, f)
                return .void
            }
        }
        if t.initializers.isEmpty { try requireNoArguments(args) }
        var firstError: Error?
        guard let (m, codes, inouts) = try matchInitializer(t, args, c, firstError: &firstError) else { throw firstError! }
        let (code, runtime, declaring, at) = (m.code, self.runtime, t.declaringClass(of: m), self.at(c))
        let bySlot = InoutAccess.bySlot(inouts)
        return Typed(type: .void) { f in
            let frame = Frame(count: code.slotCount, parent: nil)
            frame.slots[0] = try instance(f)
            try InoutAccess.evaluate(codes, bySlot, from: 1, f, into: frame) { try code.defaults[$0]!(frame) }
            try t.initializeDefaults(of: frame.slots[0], upTo: declaring, f)
            _ = try InoutAccess.during(inouts[...], f, frame) { try runtime.invoke(code, frame, at) }
            return .void
        }
    }

    /// Fails unless `args` is empty, for a call of a class's implicit `init()`.
    func requireNoArguments(_ args: [Argument]) throws {
        if let first = args.first { throw error(first.expression, "argument passed to call that takes no arguments") }
    }

    /// Compiles `a === b` or `a !== b`: whether two class references (or optional ones) are the
    /// same instance; nil for another operator.
    func identityComparison(_ op: String, _ l: Typed, _ r: Typed, _ node: Syntax) throws -> Typed? {
        guard op == "===" || op == "!==" else { return nil }
        func isReference(_ t: SType) -> Bool {
            switch t {
            // A class, or a protocol only classes adopt (`protocol Node: AnyObject`).
            case .structure(let s): s.isClass || s.isProtocol && ([s] + s.allProtocols).contains { $0.conformances.contains("AnyObject") }
            case .optional(let w): isReference(w)
            case .nilLiteral: true
            default: false
            }
        }
        if let other = [l.type, r.type].first(where: { !isReference($0) }) {
            throw error(node, "argument type '\(other)' expected to be an instance of a class or class-constrained type")
        }
        func object(_ v: Value) -> Instance? {
            switch v {
            case .instance(let o): o
            case .some(let w): object(w)
            default: nil
            }
        }
        let (a, b, same) = (l.code, r.code, op == "===")
        return Typed(type: .bool) { f in .bool((object(try a(f)) === object(try b(f))) == same) }
    }

    /// Compiles `x == nil` or `x != nil` for an optional `x` of any type, Equatable or not (a
    /// class reference, say), as Swift allows; nil when `x` is not optional.
    func nilComparison(_ op: String, _ operand: Folded) throws -> Typed? {
        let value = try folded(operand, expected: nil)
        guard case .optional = value.type else { return nil }
        let (code, equal) = (value.code, op == "==")
        return Typed(type: .bool) { f in
            if case .none = try code(f) { return .bool(equal) }
            return .bool(!equal)
        }
    }

    /// For `base.name = …` where `base` is not assignable: when it is a class instance (or a value of a class-bound protocol), its
    /// properties are still assignable through the reference, so `base` is read as a value.
    func referenceBase(_ base: ExprSyntax, else failure: Error) throws -> LValue {
        guard let value = try? expression(base), case .structure(let t) = value.type, t.isReferenceBound else { throw failure }
        let code = value.code
        var place = LValue(type: value.type) { f, body in
            var reference = try code(f)
            try body(&reference)
        }
        // `pick().count = n`: the instance is taken before the value assigned.
        let slot = function.allocate()
        place.prepare = { f in f.slots[slot] = try code(f) }
        place.modifyPrepared = { f, body in
            // The slot lets the instance go, which a `weak` reference to it may be waiting for.
            var reference = f.slots[slot]
            f.slots[slot] = .void
            try body(&reference)
        }
        return place
    }

    /// Stored property `i` of the instance in `base`, changed through the reference; assigning it
    /// calls the property's observers as `fieldPlace` does for a struct (unless `observes` is
    /// false: in an initialiser, or in the property's own observer). The observers are the
    /// instance's own class's, which may add some to the property of `t` by overriding it: those
    /// of the most derived class run first before the change and last after it, as in Swift.
    func instanceFieldPlace(_ base: LValue, _ t: StructType, _ i: Int, observes: Bool, _ at: SourcePoint) -> LValue {
        let (field, runtime, weakReference) = (t.fields[i], self.runtime, bindings.weakReference)
        let staticallyObserved = observes && field.isObserved
        return .derived(from: base, type: field.type) { modify in
            let changing: Modifier = { f, body in
                try modify(f) { v in
                    guard case .instance(let o) = v else { return }
                    guard staticallyObserved || (observes && o.type !== t && o.type.fields[i].isObserved) else {
                        // The value leaves the instance while it changes, so an array stays uniquely referenced.
                        var value = o.fields[i]
                        o.fields[i] = .void
                        defer { o.fields[i] = value }
                        return try body(&value)
                    }
                    let observers = o.type === t ? field : o.type.fields[i]
                    let old = o.fields[i]
                    var new = old
                    let thrown = try LValue.change(&new, by: body)
                    for added in observers.overridingObservers {
                        if let willSet = added.willSet { _ = try runtime.mutate(willSet, v, new, at) }
                    }
                    if let willSet = observers.willSet { _ = try runtime.mutate(willSet, v, new, at) }
                    o.fields[i] = new
                    if let didSet = observers.didSet { _ = try runtime.mutate(didSet, v, old, at) }
                    for added in observers.overridingObservers.reversed() {
                        if let didSet = added.didSet { _ = try runtime.mutate(didSet, v, old, at) }
                    }
                    if let thrown { throw thrown }
                }
            }
            guard field.isWeak else { return changing }
            // A `weak` property changes as the instance it reads, and keeps it weakly.
            return { f, change in
                try changing(f) { stored in
                    var value = stored.readingWeak
                    defer { stored = value.heldWeakly(as: weakReference) }
                    try change(&value)
                }
            }
        }
    }
}

/// The value of an argument left out of a dynamically dispatched call: the default of the method
/// the call names, as Swift takes defaults from the declaration it type-checks the call against
/// (an override's own default is not used through a superclass's type), or else the code's that
/// runs.
func defaultArgument(_ i: Int, of code: FunctionCode, _ declared: FunctionCode, in frame: Frame) throws -> Value {
    let named = declared.defaults.indices.contains(i) ? declared.defaults[i] : nil
    guard let value = named ?? (code.defaults.indices.contains(i) ? code.defaults[i] : nil) else { return .void }
    return try value(frame)
}

extension StructType {
    /// A new value of this struct, or a new instance of this class, with the given stored properties.
    @inline(__always)
    func value(fields: [Value]) -> Value {
        isClass ? .instance(Instance(type: self, fields: fields)) : .structure(StructValue(type: self, fields: fields))
    }

    /// The type's own methods named `name`: each overload, or the one method, or none.
    func methods(named name: String) -> [Method] {
        methodOverloads[name] ?? methods[name].map { [$0] } ?? []
    }

    /// The class among this one and its superclasses that declares `initializer` (a subclass
    /// inherits its superclass's initialisers when it declares none).
    func declaringClass(of initializer: Method) -> StructType {
        var c = self
        while let s = c.superclass, s.initializers.contains(where: { $0.code === initializer.code }) { c = s }
        return c
    }

    /// Gives the class instance `instance` the default values of the stored properties that
    /// this class and its superclasses up to (not including) `stop` declare, this class's first:
    /// Swift's first phase of initialisation, which each class's designated initialiser runs
    /// for its own properties before its body.
    func initializeDefaults(of instance: Value, upTo stop: StructType?, _ f: Frame) throws {
        guard case .instance(let o) = instance else { return }
        var c: StructType? = self
        while let k = c, k !== stop {
            for i in (k.superclass?.fields.count ?? 0)..<k.fields.count {
                if let initial = k.fields[i].initial { o.fields[i] = try initial(f) }
            }
            c = k.superclass
        }
    }
}

extension Folded {
    /// Whether the operand is the literal `nil`.
    var isNilLiteral: Bool { node?.is(NilLiteralExprSyntax.self) == true }
}
