import SwiftSyntax

/// What a protocol declared in a note asks of its conforming types.
final class ProtocolInfo {
    /// The names of its required methods and properties.
    var requirements: Set<String> = []
    /// The requirements its extensions implement, which conforming types need not declare.
    var provided: Set<String> = []
    /// The names of its static requirements (`static var zero: Self { get }`, `static func +`),
    /// which a conforming type must declare; a generic function constrained by the protocol is
    /// specialised for each call, so that `T.zero` is the type argument's own member.
    var staticRequirements: Set<String> = []
    /// The types of its static property requirements, from which a conforming type's associated
    /// types are inferred as from its instance members.
    var staticPropertyTypes: [String: SType] = [:]
    /// What `Self` stands for in the protocol's requirements and extensions: a conforming type, as
    /// an associated type that has the protocol's members (see `Typed.openingSelf`).
    var conformingSelf: StructType?
    /// Its declaration; nil for a composition (`A & B`).
    let syntax: ProtocolDeclSyntax?
    /// Its extensions whose members compile in views, once per conforming type (see
    /// `Compiler+ProtocolViews.swift`).
    var viewExtensions: [ExtensionDeclSyntax] = []
    /// The views made of it so far.
    var views: [StructType] = []
    /// The types of the note conforming to it so far, whose generic methods answer its generic
    /// requirements' calls (see `bindGenericRequirements`).
    var conformers: [StructType] = []
    /// The generic methods of its extensions that implement its generic requirements, by their
    /// `GenericFunction.shape`.
    var genericDefaults: [String: GenericFunction] = [:]

    /// What the protocol declared by `syntax` asks (nil for a composition).
    init(syntax: ProtocolDeclSyntax?) { self.syntax = syntax }
}

/// Protocols declared in notes: requirements, default implementations in extensions,
/// conformance checking, and calls on existential values (`any P`, `some P`, `[any P]`),
/// dispatched on the value's dynamic type through the type's `overrides`.
extension Compiler {
    /// Declares the requirements of a protocol from the members of its declaration.
    func declareRequirements(_ d: TypeDeclaration) throws {
        let p = d.type
        let conformingSelf = StructType(name: "\(p.name).Self")
        conformingSelf.isAssociatedType = true
        conformingSelf.protocols = [p]
        p.protocolInfo?.conformingSelf = conformingSelf
        scope.aliases["Self"] = .structure(conformingSelf)
        for a in d.syntax.memberBlock.members.compactMap({ $0.decl.as(AssociatedTypeDeclSyntax.self) }) {
            let placeholder = StructType(name: "\(p.name).\(a.name.text)")
            placeholder.isAssociatedType = true
            // Constrained by protocols of the note (`associatedtype Plant: System`), it has their
            // associated types (`Plant.State`).
            placeholder.protocols = a.inheritanceClause?.inheritedTypes.compactMap { inherited in
                if case .structure(let q)? = try? resolveType(inherited.type), q.isProtocol { q } else { nil }
            } ?? []
            // And by standard ones (`associatedtype Good: Hashable`), it may be a dictionary's key.
            for name in a.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? [] where Self.knownProtocols.contains(name) {
                placeholder.conformances.formUnion([name] + (Self.impliedProtocols[name] ?? []))
            }
            p.aliases[a.name.text] = .structure(placeholder)
            scope.aliases[a.name.text] = .structure(placeholder)
        }
        for member in d.syntax.memberBlock.members.map(\.decl) where !member.is(AssociatedTypeDeclSyntax.self) {
            if let v = member.as(VariableDeclSyntax.self) {
                if let b = v.bindings.first(where: { $0.accessorBlock == nil }) {
                    throw error(b, "property in protocol must have explicit { get } or { get set } specifier")
                }
                if v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
                    for b in v.bindings {
                        guard let id = b.pattern.as(IdentifierPatternSyntax.self) else { throw unsupported(b, "this requirement") }
                        p.protocolInfo?.staticRequirements.insert(id.identifier.text)
                        if let annotation = b.typeAnnotation { p.protocolInfo?.staticPropertyTypes[id.identifier.text] = try resolveType(annotation.type) }
                    }
                    continue
                }
            } else if let fn = member.as(FunctionDeclSyntax.self) {
                if let body = fn.body { throw error(body, "protocol methods must not have bodies") }
                if let p = fn.signature.parameterClause.parameters.first(where: { $0.defaultValue != nil }) {
                    throw error(p.defaultValue!, "default argument not permitted in a protocol method")
                }
                if fn.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
                    p.protocolInfo?.staticRequirements.insert(fn.name.text)
                    continue
                }
            } else if let i = member.as(InitializerDeclSyntax.self), i.optionalMark == nil, i.genericParameterClause == nil {
                // An initialiser requirement (`init()`): generic code constructs the type argument,
                // as a static requirement is called on it.
                if let body = i.body { throw error(body, "protocol initializers must not have bodies") }
                let labels = i.signature.parameterClause.parameters.map { $0.firstName.tokenKind == .wildcard ? "_:" : $0.firstName.text + ":" }
                p.protocolInfo?.staticRequirements.insert("init(" + labels.joined() + ")")
                continue
            } else {
                throw unsupported(member, "this protocol requirement (protocols here take methods and properties)")
            }
            try declareMember(member, of: p)
        }
        p.protocolInfo?.requirements = Set(p.methods.keys).union(p.computed.keys)
    }

    /// Whether a member named `name` that an extension of `t` declares implements one of `t`'s
    /// requirements, when `t` is a protocol; the requirement's code then receives the body.
    func providesRequirement(_ name: String, of t: StructType) -> Bool {
        guard let info = t.protocolInfo, info.requirements.contains(name) else { return false }
        info.provided.insert(name)
        return true
    }

    /// Checks that the type of `d` implements every requirement of the protocols it conforms to
    /// (directly, through its superclass or through inherited protocols), and records which of
    /// its members answer each requirement.
    func bindConformances(_ d: TypeDeclaration) throws {
        let t = d.type
        guard !t.isProtocol else { return }
        if t.isComparable, !t.isEnum, !t.methods.contains(where: { $0.key.hasPrefix("<(") && $0.value.isStatic }) {
            let name = d.syntax.asProtocol(NamedDeclSyntax.self).map { Syntax($0.name) } ?? Syntax(d.syntax)
            throw error(name, "type '\(t.name)' does not conform to protocol 'Comparable'")
        }
        if !t.isClass, let p = t.allProtocols.first(where: { $0.conformances.contains("AnyObject") }) {
            throw error(typeName(of: d) ?? Syntax(d.syntax), "non-class type '\(t.name)' cannot conform to class protocol '\(p.name)'")
        }
        if let unmet = unmetSequenceRequirement(of: t, typeName(of: d) ?? Syntax(d.syntax)) { throw unmet }
        // What its protocols conform to first (`AnyObject`, or Optim's protocols one of them
        // refines), so that Optim's protocols it adopts, also through a protocol of the note
        // refining one, are bound as the note's own (see `NoteConformances.swift`).
        for p in t.allProtocols { t.conformances.formUnion(p.conformances) }
        for p in t.allProtocols + optimProtocols(of: t) {
            // A standard type meets a static property requirement with its own (`Double.zero`).
            let standardStatic = { (name: String) in
                t.builtin.map { self.staticProperty($0.description, name) != nil || self.nativeConstant($0, name) != nil } ?? false
            }
            for name in p.protocolInfo!.staticRequirements.sorted() where !t.hasStaticMember(name) && t.staticView(name) == nil && !standardStatic(name) {
                throw nonConformance(t, p, d, missing: name)
            }
            try bindGenericRequirements(of: t, p, at: typeName(of: d) ?? Syntax(d.syntax))
            // A conformance a class inherits keeps its superclass's witnesses, which a member of
            // the subclass replaces only by overriding a member of the superclass.
            let inherited = t.superclass?.allProtocols.contains { $0 === p } ?? false
            for name in p.protocolInfo!.requirements.sorted() {
                guard let requirement = p.methods[name] ?? p.computed[name] else { continue }
                if inherited, let s = t.superclass, !s.declaresInChain(name) {
                    if let witness = s.overrides[ObjectIdentifier(requirement.code)] { t.overrides[ObjectIdentifier(requirement.code)] = witness }
                    continue
                }
                // The type's own member, else one of its views', the most constrained first.
                if let implementation = ([t] + t.protocolViews).lazy.compactMap({
                    self.member(name, of: $0, answering: requirement, isProperty: p.computed[name] != nil)
                }).first {
                    t.overrides[ObjectIdentifier(requirement.code)] = implementation
                    if let setter = p.setters[name] {
                        let stored = t.fieldIndex(name).flatMap { t.fields[$0].isLet ? nil : storedPropertySetter(t, $0, at(d.syntax)) }
                        guard let set = t.setters[name]?.code ?? stored else {
                            throw nonConformance(t, p, d, missing: name)
                        }
                        t.overrides[ObjectIdentifier(setter.code)] = set
                    }
                } else if let refined = refinedDefault(name, answering: requirement, of: p, for: t, isProperty: p.computed[name] != nil) {
                    // `extension Q { func f() }` for a `Q` that refines `P`: the more specific default.
                    t.overrides[ObjectIdentifier(requirement.code)] = refined
                } else if !p.protocolInfo!.provided.contains(name) {
                    throw nonConformance(t, p, d, missing: name)
                }
            }
        }
    }

    /// The implementation of `p`'s requirement `name` that an extension of a protocol refining `p`
    /// gives, among those `t` conforms to: Swift picks the most specific one over `p`'s own default.
    private func refinedDefault(_ name: String, answering requirement: StructType.Method, of p: StructType, for t: StructType,
                                isProperty: Bool) -> FunctionCode? {
        let candidates = t.allProtocols.filter { q in
            guard q !== p, q.isSubtype(of: p) else { return false }
            return isProperty ? q.computed[name] != nil : q.methods[name]?.answers(requirement) == true
        }
        let best = candidates.first { q in !candidates.contains { $0 !== q && $0.isSubtype(of: q) } }
        return best.flatMap { isProperty ? $0.computed[name]?.code : $0.methods[name]?.code }
    }

    /// The code of `t`'s member that implements `requirement`, if `t` has one that matches it.
    private func member(_ name: String, of t: StructType, answering requirement: StructType.Method,
                        isProperty: Bool) -> FunctionCode? {
        if isProperty {
            if let i = t.fieldIndex(name), t.fields[i].type.conforms(to: requirement.signature.result) {
                return FunctionCode.fieldGetter(i)
            }
            guard let getter = t.computed[name], getter.signature.result.conforms(to: requirement.signature.result) else { return nil }
            return getter.code
        }
        return t.methods(named: name).first { $0.answers(requirement) }?.code
    }

    /// Swift's error for a type missing a requirement: at a method the declaration has that would
    /// answer it but for its argument labels, else at the type's name (or an extension's type).
    private func nonConformance(_ t: StructType, _ p: StructType, _ d: TypeDeclaration, missing name: String) -> InterpreterError {
        if let requirement = p.methods[name] {
            let selector = { (labels: [String?]) in name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
            let required = requirement.signature.parameters.map(\.label)
            for fn in d.syntax.memberBlock.members.compactMap({ $0.decl.as(FunctionDeclSyntax.self) }) where fn.name.text == name {
                let labels = fn.signature.parameterClause.parameters.map { $0.firstName.tokenKind == .wildcard ? nil : $0.firstName.text }
                let candidates = t.methods(named: name)
                guard labels.count == required.count, var m = candidates.first(where: { $0.signature.parameters.map(\.label) == labels })
                else { continue }
                for i in m.signature.parameters.indices { m.signature.parameters[i].label = required[i] }
                if m.answers(requirement) {
                    return error(fn.name, "instance method '\(selector(labels))' has different argument labels from those required by protocol '\(p.name)' ('\(selector(required))')")
                }
            }
        }
        let at = typeName(of: d) ?? Syntax(d.syntax.as(ExtensionDeclSyntax.self)?.extendedType) ?? Syntax(d.syntax)
        return error(at, "type '\(t.name)' does not conform to protocol '\(p.name)' (it lacks '\(name)')")
    }

    /// Runs `body` where the generic parameters of `fn` (`<T: Shape>`) stand for their constraint, a
    /// protocol or class of the note, as an existential: a call with any conforming type type-checks,
    /// and the body sees only what the constraint declares, as in Swift.
    func withGenericParameters<T>(of fn: FunctionDeclSyntax, _ body: () throws -> T) throws -> T {
        try withGenericParameters(fn.genericParameterClause, fn.genericWhereClause, body)
    }

    /// `withGenericParameters(of:_:)` for a generic initialiser (`init<S: Shape>(_ s: S)`, a
    /// type-erasing wrapper's).
    func withGenericParameters<T>(of i: InitializerDeclSyntax, _ body: () throws -> T) throws -> T {
        try withGenericParameters(i.genericParameterClause, i.genericWhereClause, body)
    }

    private func withGenericParameters<T>(_ clause: GenericParameterClauseSyntax?, _ whereClause: GenericWhereClauseSyntax?,
                                          _ body: () throws -> T) throws -> T {
        guard let clause else { return try body() }
        if let w = whereClause { throw unsupported(w, "'where' clauses on generic functions; write 'T: P' in the parameter list") }
        return try withScope {
            for p in clause.parameters {
                guard let constraint = p.inheritedType, case .structure(let t)? = try? resolveType(constraint), t.isProtocol || t.isClass else {
                    throw unsupported(p, "generic parameters without a protocol or class of the note as constraint ('\(p.trimmedDescription)')")
                }
                scope.aliases[p.name.text] = .structure(t)
            }
            return try body()
        }
    }

    /// Compiles a call of a mutating requirement on an existential value in `place`, run on the
    /// value's dynamic type, with the places of `inout` arguments accessed as `invokeMutating`
    /// accesses them. The receiver and arguments go first to a frame of their own, as the
    /// implementation (and so the size of its frame) is known only once the receiver is read.
    func dispatchMutating(_ m: StructType.Method, place: LValue, arguments: [Code?], inouts: [(Int, LValue)] = [],
                          at: SourcePoint) -> Typed {
        let (declared, runtime) = (m.code, self.runtime)
        let (receiver, accesses, bySlot) = InoutAccess.mutatingCall(on: place, inouts)
        let count = arguments.count + 1
        return Typed(type: m.signature.result) { f in
            let staged = Frame(count: count, parent: nil)
            try receiver.prepare?(f)
            try InoutAccess.evaluate(arguments, bySlot, from: 1, f, into: staged) { _ in .void }
            return try InoutAccess.during(accesses[...], f, staged) {
                let code = staged.slots[0].implementation(of: declared)
                let frame = Frame(count: code.slotCount, parent: nil)
                for i in 0..<count { frame.slots[i] = staged.slots[i] }
                for (i, a) in arguments.enumerated() where a == nil {
                    frame.slots[i + 1] = try defaultArgument(i + 1, of: code, declared, in: frame)
                }
                defer { for i in 0..<count { staged.slots[i] = frame.slots[i] } }
                return try runtime.invoke(code, frame, at)
            }
        }
    }
}

extension StructType {
    /// Whether the type is a protocol declared in a note.
    var isProtocol: Bool { protocolInfo != nil }

    /// Every protocol of the note the type conforms to: its own, its superclass's, and those
    /// they inherit.
    var allProtocols: [StructType] {
        var seen: [StructType] = []
        func visit(_ p: StructType) {
            guard !seen.contains(where: { $0 === p }) else { return }
            seen.append(p)
            p.protocols.forEach(visit)
        }
        (protocols + (superclass?.allProtocols ?? [])).forEach(visit)
        return seen
    }

    /// The method `name`: the type's own, or one that an extension of a protocol it conforms to
    /// declares (compiled for the type in one of its views, or once for all).
    /// Its signature has the type's associated types, and the type for `Self`.
    func method(_ name: String) -> Method? {
        if isRequirementInView(name) { return allProtocols.lazy.compactMap { $0.methods[name] }.first.map { $0.seen(from: self) } }
        return (methods[name] ?? protocolViews.lazy.compactMap { $0.methods[name] }.first ?? allProtocols.lazy.compactMap { $0.methods[name] }.first)
            .map { $0.seen(from: self) }
    }

    /// Whether the type is a view (see `opened`) and `name` one of its protocol's requirements,
    /// which a view's value answers with the conforming type's witness, as Swift dispatches it in
    /// generic code, not with a default the view declares.
    private func isRequirementInView(_ name: String) -> Bool {
        opened != nil && allProtocols.contains { $0.protocolInfo?.requirements.contains(name) == true }
    }

    /// The computed property `name`: the type's own, or one that an extension of a protocol it
    /// conforms to declares.
    func property(_ name: String) -> Method? {
        if isRequirementInView(name) { return allProtocols.lazy.compactMap { $0.computed[name] }.first.map { $0.seen(from: self) } }
        return (computed[name] ?? protocolViews.lazy.compactMap { $0.computed[name] }.first ?? allProtocols.lazy.compactMap { $0.computed[name] }.first)
            .map { $0.seen(from: self) }
    }

    /// The setter of the computed property `name`: the type's own, or a protocol's requirement.
    func setter(_ name: String) -> Method? {
        (setters[name] ?? protocolViews.lazy.compactMap { $0.setters[name] }.first ?? allProtocols.lazy.compactMap { $0.setters[name] }.first)
            .map { $0.seen(from: self) }
    }

    /// The view that declares the static member `name` for the type, from an extension of a
    /// protocol it conforms to.
    func staticView(_ name: String) -> StructType? {
        protocolViews.first { $0.statics[name] != nil || $0.methods[name]?.isStatic == true }
    }

    /// Whether its values are references: a class, or a protocol (or a view of one) that only
    /// classes adopt (`protocol Optimizer: AnyObject`), whose extensions change `self`'s
    /// properties without being `mutating`.
    var isReferenceBound: Bool {
        isClass || ([self] + allProtocols).contains { $0.isProtocol && $0.conformances.contains("AnyObject") }
    }

    /// Whether its members run on the dynamic type of the value they are called on: a protocol
    /// (an existential) or a view of one.
    var dispatchesOnValue: Bool { isProtocol || opened != nil }
}

extension StructType {
    /// Whether the class or one of its superclasses declares a member named `name` (not one
    /// that an extension of a protocol gives it).
    func declaresInChain(_ name: String) -> Bool {
        methods[name] != nil || computed[name] != nil || fieldIndex(name) != nil || (superclass?.declaresInChain(name) ?? false)
    }
}

extension StructType.Method {
    /// The member as a value of `t` has it: with `t`'s associated types and `t` for `Self`.
    func seen(from t: StructType) -> StructType.Method {
        var m = self
        m.signature = signature.substitutingAssociatedTypes(of: t)
        return m
    }

    /// Whether the method answers the protocol requirement `requirement`: an instance method with
    /// its labels, parameter types and `inout`s, and a result of its result type, that is
    /// `mutating` or `throws` only where the requirement is.
    func answers(_ requirement: StructType.Method) -> Bool {
        let (own, required) = (signature, requirement.signature)
        return !isStatic && (!isMutating || requirement.isMutating) && (!own.throwing || own.rethrowing || required.throwing)
            && own.parameters.map(\.label) == required.parameters.map(\.label)
            && zip(own.parameters, required.parameters).allSatisfy {
                $0.isInout == $1.isInout && $0.type.conforms(to: $1.type) && $1.type.conforms(to: $0.type)
            }
            && own.result.conforms(to: required.result)
    }
}

extension FunctionCode {
    /// A getter reading stored property `i` of `self`, for a stored property that answers a
    /// protocol's property requirement.
    static func fieldGetter(_ i: Int) -> FunctionCode {
        let code = FunctionCode(name: "get", parameterCount: 0)
        code.slotCount = 1
        code.body = { f in
            f.result = f.slots[0].field(i)
            return .returned
        }
        return code
    }
}

extension StructType {
    /// Whether the type declares a static property or method (an operator among them) named
    /// `name`; for the members an extension adds to `Int`, `Double` or `String`, also the
    /// arithmetic operators the standard library declares for them.
    func hasStaticMember(_ name: String) -> Bool {
        // Every standard number type has the arithmetic operators and converts any other
        // (`init(_ value: Double)`); `Float` and the fixed-width integers are native types here.
        let number = builtin.map { $0.isNumeric || Self.standardNumberNames.contains($0.description) } ?? false
        if number, ["+", "-", "*", "/", "init(_:)"].contains(name) { return true }
        // An initialiser requirement (`init(x:)`): one declared with its labels, or the memberwise one.
        if name.hasPrefix("init(") {
            let selector = { (m: Method) in "init(" + m.signature.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")" }
            let memberwise = "init(" + fields.filter { !($0.isLet && $0.initial != nil) }.map { $0.name + ":" }.joined() + ")"
            // A type whose stored properties all have defaults has `init()` too, a class included.
            let implicit = name == "init()" && (initializers.isEmpty || keepsMemberwise) && fields.allSatisfy { $0.initial != nil }
            return initializers.contains { selector($0) == name } || (initializers.isEmpty || keepsMemberwise) && !isClass && memberwise == name
                || implicit
        }
        if let builtin, case .string = builtin, name == "+" { return true }
        let keys = [name + "(", "prefix " + name + "(", "postfix " + name + "("]
        return statics[name] != nil || methods.contains { m in (m.key == name || keys.contains { m.key.hasPrefix($0) }) && m.value.isStatic }
    }
}

extension StructType {
    /// The standard number types other than `Int` and `Double`.
    static let standardNumberNames: Set<String> = ["Float", "Float32", "Float64", "Int8", "Int16", "Int32", "Int64",
                                                   "UInt", "UInt8", "UInt16", "UInt32", "UInt64"]

    /// Whether the type declares a method, computed or static property named `name` itself.
    func declaresMember(_ name: String) -> Bool {
        methods[name] != nil || computed[name] != nil || statics[name] != nil
    }
}
