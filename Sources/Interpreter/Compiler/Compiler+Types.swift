import SwiftSyntax

/// A struct or enum declaration with the type made for it and the types declared inside it, or
/// an extension of such a type.
struct TypeDeclaration {
    /// The declaration.
    var syntax: any DeclGroupSyntax
    /// The type being filled in.
    var type: StructType
    /// The struct and enum declarations among its members.
    var nested: [TypeDeclaration]
    /// Whether it is an extension of a protocol whose bodies compile in views, once per
    /// conforming type (see `Compiler+ProtocolViews.swift`): declared in the protocol, its
    /// members are what existential values call, each run in the view of the value's type.
    var bodiesInViews = false
}

extension Compiler {
    /// Protocols a note's types may declare conformance to, with what Swift synthesises for them
    /// (`Codable`'s coding, which no block can use without an encoder, changes nothing here).
    static let knownProtocols: Set<String> = ["Equatable", "Hashable", "CaseIterable", "CustomStringConvertible", "CustomDebugStringConvertible", "Error",
                                              "LocalizedError", "Sendable", "Comparable", "AnyObject", "RandomNumberGenerator",
                                              "Codable", "Encodable", "Decodable", "ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral", "ExpressibleByArrayLiteral",
                                              "Sequence", "IteratorProtocol", "Collection", "BidirectionalCollection", "RandomAccessCollection",
                                              "AdditiveArithmetic", "Identifiable"]

    /// The standard protocols a type adopting one of these adopts with it.
    static let impliedProtocols: [String: [String]] = [
        "Comparable": ["Equatable"], "LocalizedError": ["Error"], "BidirectionalCollection": ["Collection"],
        "RandomAccessCollection": ["BidirectionalCollection", "Collection"], "AdditiveArithmetic": ["Equatable"],
    ]

    /// Makes a type for every struct and enum among `decls` (and, recursively, their members),
    /// registering each with `register`; nested types are qualified by their outer type's name.
    func typeDeclarations(_ decls: [DeclSyntax], outer: StructType? = nil,
                          register: (String, StructType) -> Void) -> [TypeDeclaration] {
        decls.compactMap { d -> TypeDeclaration? in
            let name: String
            if let s = d.as(StructDeclSyntax.self) { name = s.name.text } else if let e = d.as(EnumDeclSyntax.self) {
                name = e.name.text
            } else if let c = d.as(ClassDeclSyntax.self) {
                name = c.name.text
            } else if let p = d.as(ProtocolDeclSyntax.self) {
                name = p.name.text
            } else { return nil }
            let group = d.asProtocol(DeclGroupSyntax.self)!
            let t = StructType(name: outer.map { "\($0.name).\(name)" } ?? name)
            if let clause = genericParameters(of: d) {
                // A generic type compiles once per list of type arguments, when first used.
                t.generic = GenericType(syntax: group, parameters: clause, scope: scope)
                register(name, t)
                return nil
            }
            if d.is(EnumDeclSyntax.self) { t.cases = [] }
            if let p = d.as(ProtocolDeclSyntax.self) { t.protocolInfo = ProtocolInfo(syntax: p) }
            if d.is(ClassDeclSyntax.self) {
                t.isClass = true
                t.isFinal = group.modifiers.contains { $0.name.tokenKind == .keyword(.final) }
            }
            register(name, t)
            let nested = typeDeclarations(group.memberBlock.members.map(\.decl), outer: t) { t.nested[$0] = $1 }
            return TypeDeclaration(syntax: group, type: t, nested: nested)
        }
    }

    /// Whether `requirement` of a collection extension's `where` clause holds for elements of
    /// type `Double`: `Element == Double`, or `Element` conforming to a number protocol
    /// `Double` conforms to (`Element: BinaryFloatingPoint`).
    private static func admitsDoubleElements(_ requirement: GenericRequirementSyntax.Requirement) -> Bool {
        switch requirement {
        case .sameTypeRequirement(let r):
            r.leftType.trimmedDescription == "Element" && r.rightType.trimmedDescription == "Double"
        case .conformanceRequirement(let r):
            r.leftType.trimmedDescription == "Element" && EveryGeneric.numberProtocols.subtracting(["BinaryInteger", "FixedWidthInteger", "SignedInteger", "UnsignedInteger"])
                .contains(r.rightType.trimmedDescription)
        default: false
        }
    }

    /// Declares `extension T { … }`: of a type of the note, of a standard or Optim type, or of
    /// every array; nil when its members compile later, with each specialisation of a generic
    /// type (or element type of arrays) they are used with.
    func extensionDeclaration(_ e: ExtensionDeclSyntax) throws -> TypeDeclaration? {
        if !function.isGlobal { throw error(e, "declaration is only valid at file scope") }
        if isGeneratorExtension(e) { return nil }
        // `extension Collection where Element == Double` (or `where Element: BinaryFloatingPoint`,
        // a protocol `Double` conforms to) extends Optim's `Vector` too, a collection of
        // `Double`s; its members compile with the block's other declarations.
        if let id = e.extendedType.as(IdentifierTypeSyntax.self), Self.collectionProtocols.contains(id.name.text),
           let clause = e.genericWhereClause, clause.requirements.count == 1, Self.admitsDoubleElements(clause.requirements.first!.requirement) {
            viewExtensions.append(builtinExtension(e, of: .vector))
        }
        if let id = e.extendedType.as(IdentifierTypeSyntax.self), Self.collectionProtocols.contains(id.name.text) {
            viewExtensions += try collectionExtensionOfEarlierTypes(e)
        }
        if try extendsEveryGeneric(e) { return nil }
        if let builtin = try extendedBuiltin(e) { return builtinExtension(e, of: builtin) }
        if let id = e.extendedType.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
           let template = scope.lookupType(id.name.text), template.generic != nil {
            try extendGeneric(template, e)
            return nil
        }
        guard case .structure(let t)? = try? resolveType(e.extendedType) else {
            // A type whose declaration failed in an earlier block (in this one, it was reported).
            if let id = e.extendedType.as(IdentifierTypeSyntax.self), failedEarlier[id.name.text] != nil {
                throw unknownName(id.name.text, id)
            }
            if let w = e.genericWhereClause { throw unsupported(w, "'where' clauses on extensions of types that are not generic") }
            throw unsupported(e.extendedType, "extensions of '\(e.extendedType.trimmedDescription)' (write a function taking it instead)")
        }
        if t.isProtocol, extendsInViews(e, t) {
            extended.append(TypeSnapshot(of: t))
            viewExtensions += try registerViewExtension(e, of: t)
            return e.genericWhereClause == nil ? TypeDeclaration(syntax: e, type: t, nested: [], bodiesInViews: true) : nil
        }
        if let w = e.genericWhereClause { throw unsupported(w, "'where' clauses on extensions of types that are not generic") }
        extended.append(TypeSnapshot(of: t))
        let nested = typeDeclarations(e.memberBlock.members.map(\.decl), outer: t) { t.nested[$0] = $1 }
        return TypeDeclaration(syntax: e, type: t, nested: nested)
    }

    /// Runs `body` in a scope where the types nested in `t` are visible by their short names.
    private func inside<T>(_ t: StructType, _ body: () throws -> T) rethrows -> T {
        let saved = scope
        scope = Scope(parent: saved, function: saved.function)
        scope.types = t.nested
        scope.aliases = t.aliases
        // `Self` in a struct, enum or class is the type itself (in an extension of a standard
        // type, that type); in a protocol it is the conforming type, an implicit associated type
        // (see `declareRequirements`).
        scope.aliases["Self"] = t.protocolInfo.map { $0.conformingSelf.map(SType.structure) } ?? t.builtin ?? .structure(t)
        defer { scope = saved }
        return try body()
    }

    /// Declares the conformances and enum cases of a type and of the types nested in it, so that
    /// property types and initial values (`var mode: Mode = .fast`) may use any of them.
    func declareCases(_ d: TypeDeclaration) throws {
        try inside(d.type) {
            try declareConformances(d)
            for member in d.syntax.memberBlock.members {
                guard let c = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
                if d.syntax.is(ExtensionDeclSyntax.self) { throw error(c, "enum 'case' is not allowed in an extension") }
                try declareCases(c, of: d.type)
            }
            for n in d.nested { try declareCases(n) }
        }
    }

    /// Declares the other members of a type and of the types nested in it: their names, types and
    /// signatures, so bodies compiled afterwards may use any of them.
    func declareMembers(_ d: TypeDeclaration) throws {
        typesAwaitingMembers.remove(ObjectIdentifier(d.type))
        try inside(d.type) {
            if d.syntax.is(ProtocolDeclSyntax.self) { return try declareRequirements(d) }
            // Static properties that construct the type itself last, when its stored properties
            // are known; the others first, so that an instance property's default may use them
            // (`var lr = Config.defaultLR`), as may a nested type's.
            let members = d.syntax.memberBlock.members.map(\.decl)
            let isStatic = { (m: DeclSyntax) in
                m.as(VariableDeclSyntax.self)?.modifiers.contains { $0.name.tokenKind == .keyword(.static) } == true
            }
            // (Or a type nested in it: `static let all = [Entry(name: "sgd")]`.)
            let nestedNames = Set(d.type.nested.keys)
            let constructsItself = { (m: DeclSyntax) in
                isStatic(m) && m.tokens(viewMode: .sourceAccurate).contains {
                    $0.text == d.type.name || $0.tokenKind == .keyword(.Self) || nestedNames.contains($0.text)
                }
            }
            if d.syntax.is(ExtensionDeclSyntax.self), let stored = members.compactMap({ $0.as(VariableDeclSyntax.self) }).first(where: {
                !isStatic(DeclSyntax($0)) && $0.bindings.contains { $0.accessorBlock == nil }
            }) {
                // swiftc points at the property's name.
                let binding = stored.bindings.first { $0.accessorBlock == nil }
                throw error(binding.map { Syntax($0.pattern) } ?? Syntax(stored), "extensions must not contain stored properties")
            }
            // Initialisers declared in an extension keep the memberwise one, as in Swift.
            if d.syntax.is(ExtensionDeclSyntax.self), d.type.initializers.isEmpty, !d.type.isEnum,
               members.contains(where: { $0.is(InitializerDeclSyntax.self) }) {
                d.type.keepsMemberwise = true
            }
            let isClassDeclaration = d.syntax.is(ClassDeclSyntax.self)
            if isClassDeclaration { inheritMembers(d.type) }
            // The other static properties, then the nested types, whose defaults may use them, then
            // the rest, whose defaults may construct a nested type (`var item = Inner(a: 2)`).
            let early = members.filter { isStatic($0) && !constructsItself($0) }
            for member in early { try declareMember(member, of: d.type) }
            for n in d.nested { try declareMembers(n) }
            for member in members.filter({ !isStatic($0) && !constructsItself($0) }) + members.filter(constructsItself) {
                try declareMember(member, of: d.type)
            }
            if isClassDeclaration { try finishClass(d) }
            // Swift synthesises `allCases` unless the enum declares its own.
            if d.type.isEnum, d.type.conformances.contains("CaseIterable"), d.type.statics["allCases"] == nil {
                if let c = d.type.cases?.first(where: { !$0.parameters.isEmpty }) {
                    throw error(d.syntax.inheritanceClause.map(Syntax.init) ?? Syntax(d.syntax), "type '\(d.type.name)' does not conform to protocol 'CaseIterable' (case '\(c.name)' has associated values)")
                }
                let all = Value.array(d.type.cases!.map { .enumeration(EnumValue(tag: $0, payload: [])) })
                let property = StaticProperty(type: .array(.structure(d.type)), isLet: true) { _ in all }
                d.type.statics["allCases"] = property
            }
        }
    }

    /// Compiles the bodies of a type's methods, initialisers and computed properties, and those
    /// of the types nested in it.
    func compileMembers(_ d: TypeDeclaration) throws {
        if d.syntax.is(ProtocolDeclSyntax.self) || d.bodiesInViews { return }
        try inside(d.type) {
            try compileBodies(d.syntax, d.type)
            for n in d.nested { try compileMembers(n) }
        }
    }

    private func declareConformances(_ d: TypeDeclaration) throws {
        let t = d.type
        for (i, inherited) in (d.syntax.inheritanceClause?.inheritedTypes ?? []).enumerated() {
            // `Optim.Objective`: Optim's protocol, past a note's of the name (which `declareSuperclass`
            // finds unqualified); `Swift.Equatable`, the standard one.
            let qualified = moduleQualified(inherited.type)
            let name = qualified?.name ?? inherited.type.trimmedDescription
            let standard = qualified.map { Bindings.moduleMembers[$0.module] == nil } ?? true
            let optim = qualified.map { $0.module == "Optim" } ?? true
            if try declareSuperclass(inherited.type, position: i, of: t, in: d) { continue }
            if i == 0, t.isEnum, ["Int", "String", "Double", "Character"].contains(name) {
                let rawType = try resolveType(inherited.type)
                t.rawType = rawType
                t.conformances.formUnion(["Equatable", "Hashable"])
                t.computed["rawValue"] = .init(code: .rawValueGetter(), signature: Signature(parameters: [], result: rawType),
                                               isMutating: false, isStatic: false)
                continue
            }
            guard standard && Self.knownProtocols.contains(name) || optim && bindings.adoptableProtocols[name] != nil else {
                // swiftc's error for a name its module does not declare (`Optim.Equatable`).
                if let qualified { _ = try libraryType(qualified.module, qualified.name, qualified.first) }
                throw error(inherited.type, "cannot find type '\(name)' in scope")
            }
            // `Comparable` refines `Equatable`, whose `==` a struct gets synthesised;
            // Foundation's `LocalizedError` refines `Error`; Optim's protocols are named with
            // their module, apart from a note's protocols of the same name, and bring those they
            // refine (a `LeastSquaresObjective` is an `Objective`).
            if optim, let p = bindings.adoptableProtocols[name] {
                t.conformances.formUnion(([p] + p.allProtocols).map { "Optim." + $0.name })
                continue
            }
            t.conformances.formUnion([name] + (Self.impliedProtocols[name] ?? []))
        }
    }

    func declareMember(_ d: DeclSyntax, of t: StructType) throws {
        if d.is(StructDeclSyntax.self) || d.is(EnumDeclSyntax.self) || d.is(ClassDeclSyntax.self) || d.is(EnumCaseDeclSyntax.self) { return }
        recordAccess(of: d, in: t)
        if let v = d.as(VariableDeclSyntax.self) { return try declareProperties(v, of: t) }
        if let fn = d.as(FunctionDeclSyntax.self) {
            // A protocol extension's method answers the requirement of its name and labels; one of
            // other labels (`f(at:)` beside a required `f(_:)`) is a method of its own.
            let answers = try t.protocolInfo?.requirements.contains(fn.name.text) != true || GenericFunction.isGeneric(fn)
                || t.methods(named: fn.name.text).contains { $0.signature.parameterShape == (try functionSignature(fn.signature, fn)).0.parameterShape }
            if answers, providesRequirement(fn.name.text, of: t) { return }
            if GenericFunction.isGeneric(fn) {
                // A protocol's generic requirement is called on the receiver's dynamic type; an
                // extension's generic method of its labels is its default, and another one is
                // the conforming types' own.
                let g = GenericFunction(syntax: fn, scope: scope, selfType: t)
                if t.isProtocol, Self.isInExtension(fn), t.genericMethods[fn.name.text]?.contains(where: { $0.isRequirement && $0.shape == g.shape }) == true {
                    t.protocolInfo?.genericDefaults[g.shape] = g
                    return
                }
                // A call is specialised for the type it is compiled for, so an override could not
                // answer a call through the superclass.
                if let override = fn.modifiers.first(where: { $0.name.tokenKind == .keyword(.override) }) {
                    throw unsupported(override, "overriding a generic method; give the subclass's method another name")
                }
                t.genericMethods[fn.name.text, default: []].append(g)
                return
            }
            let (signature, _) = try functionSignature(fn.signature, fn)
            let modifiers = fn.modifiers.map(\.name.tokenKind)
            if t.isEnum, modifiers.contains(.keyword(.static)), t.enumCase(fn.name.text) != nil {
                throw error(fn.name, "invalid redeclaration of '\(fn.name.text)'")
            }
            if t.isClass, let m = fn.modifiers.first(where: { $0.name.tokenKind == .keyword(.mutating) }) {
                throw error(m, "'mutating' is not valid on instance methods in classes")
            }
            let method = StructType.Method(code: FunctionCode(name: fn.name.text, parameterCount: signature.parameters.count + 1),
                                           signature: signature, isMutating: modifiers.contains(.keyword(.mutating)),
                                           isStatic: modifiers.contains(.keyword(.static)) || modifiers.contains(.keyword(.class)),
                                           isFinal: isFinal(fn.modifiers, in: t),
                                           returnsSelf: fn.signature.returnClause?.type.as(IdentifierTypeSyntax.self)?.name.tokenKind == .keyword(.Self))
            let key = methodKey(fn, signature.parameters)
            // One inherited from the superclass is overridden instead (see `declareOverride`), the
            // overload of its labels and types where the superclass overloads the name; one of
            // other labels or parameter types overloads the name.
            let inherited = t.superclass?.methods(named: key) ?? []
            let overridden = inherited.first { $0.signature.parameterShape == signature.parameterShape }
            if overridden == nil, let earlier = t.methods[key], earlier.code !== t.superclass?.methods[key]?.code {
                let declared = t.methodOverloads[key] ?? [earlier]
                let same = declared.first { $0.signature.parameterShape == signature.parameterShape }
                guard same == nil, !isOperator(fn), t.superclass?.methods[key] == nil, method.isStatic == earlier.isStatic else {
                    // A generator's own member beside one of `extension RandomNumberGenerator`:
                    // Swift calls the type's on the type and the extension's in generic code.
                    if same != nil, globalScope.generatorExtensions.contains(where: { e in
                        e.memberBlock.members.contains { $0.decl.as(FunctionDeclSyntax.self)?.name.text == fn.name.text }
                    }) {
                        throw unsupported(fn.name, "'\(fn.name.text)' declared both by '\(t.name)' and by 'extension RandomNumberGenerator', which Swift calls in generic code; give them different names")
                    }
                    throw redeclaration(fn, (same ?? earlier).signature, signature)
                }
                t.methodOverloads[key] = declared + [method]
                return
            }
            // One of other parameter types beside the inherited ones (not an override) overloads them.
            if overridden == nil, !inherited.isEmpty, !isOperator(fn), inherited.allSatisfy({ $0.isStatic == method.isStatic }),
               !fn.modifiers.contains(where: { $0.name.tokenKind == .keyword(.override) }) {
                t.methodOverloads[key] = (t.methodOverloads[key] ?? inherited) + [method]
                return
            }
            try declareOverride(of: overridden ?? t.superclass?.methods[key], with: method, in: t, modifiers: fn.modifiers, fn.name, kind: "method")
            if var overloads = t.methodOverloads[key], let i = overloads.firstIndex(where: { $0.signature.parameterShape == signature.parameterShape }) {
                overloads[i] = method
                (t.methodOverloads[key], t.methods[key]) = (overloads, overloads[0])
            } else {
                t.methods[key] = method
            }
            declareIdentity(method, of: t, fn)
            return
        }
        if let s = d.as(SubscriptDeclSyntax.self) { return try declareSubscript(s, of: t) }
        if let a = d.as(TypeAliasDeclSyntax.self) {
            if let generic = a.genericParameterClause { throw unsupported(generic, "generic type aliases") }
            t.aliases[a.name.text] = try resolveType(a.initializer.value)
            scope.aliases[a.name.text] = t.aliases[a.name.text]
            return
        }
        if let i = d.as(InitializerDeclSyntax.self) {
            if let mark = i.optionalMark, mark.tokenKind != .postfixQuestionMark {
                throw unsupported(mark, "implicitly unwrapped failable initializers ('init!'); write 'init?'")
            }
            let (signature, _) = try withGenericParameters(of: i) { try functionSignature(i.signature, i) }
            // A designated initialiser of the superclass's labels and types is overridden.
            let exempt: [TokenKind] = [.keyword(.override), .keyword(.convenience), .keyword(.required)]
            if t.isClass, let superclass = t.superclass, !i.modifiers.contains(where: { exempt.contains($0.name.tokenKind) }),
               superclass.initializers.contains(where: { s in
                   !s.delegates && !s.isRequired && s.signature.parameters.map(\.label) == signature.parameters.map(\.label)
                       && zip(s.signature.parameters, signature.parameters).allSatisfy { $0.type.isExactly($1.type) }
               }) {
                throw error(i.initKeyword, "overriding declaration requires an 'override' keyword")
            }
            initializerIndices[i.id] = t.initializers.count
            let result: SType = i.optionalMark == nil ? .structure(t) : .optional(.structure(t))
            t.initializers.append(.init(code: FunctionCode(name: "init", parameterCount: signature.parameters.count + 1),
                                        signature: Signature(parameters: signature.parameters, result: result,
                                                             throwing: signature.throwing),
                                        isMutating: true, isStatic: false,
                                        isRequired: i.modifiers.contains { $0.name.tokenKind == .keyword(.required) },
                                        delegates: i.body.map { Self.calls(.self, init: $0) } ?? false))
            return
        }
        throw unsupported(d, "this member declaration")
    }

    private func declareCases(_ c: EnumCaseDeclSyntax, of t: StructType) throws {
        guard var cases = t.cases else { throw error(c, "enum 'case' is not allowed outside of an enum") }
        for element in c.elements {
            if let clash = cases.first(where: { $0.name == element.name.text }) {
                throw error(element.name, "invalid redeclaration of '\(clash.name)'")
            }
            var defaults: [Int: (Frame) throws -> Value] = [:]
            let parameters = try (element.parameterClause?.parameters ?? []).enumerated().map { i, p -> Signature.Parameter in
                let type = try resolveType(p.type)
                // A default compiles with the block's bodies, which see all its globals.
                if let d = p.defaultValue {
                    let slot = LateCode()
                    defaults[i] = { f in try slot.code(f) }
                    deferredBodies.append((Syntax(d.value), { [unowned self] in
                        try self.inside(t) { slot.code = try self.defaultValue(d.value, as: type, staticIn: t).code }
                    }))
                }
                return .init(label: p.firstName.flatMap { $0.tokenKind == .wildcard ? nil : $0.text }, type: type,
                             hasDefault: p.defaultValue != nil)
            }
            let new = EnumCase(owner: t, name: element.name.text, index: cases.count, parameters: parameters)
            new.defaults = defaults
            if let raw = element.rawValue {
                guard let rawType = t.rawType else {
                    throw error(raw, "enum case cannot have a raw value if the enum does not have a raw type")
                }
                guard isLiteral(raw.value) else { throw error(raw.value, "raw value for enum case must be a literal") }
                let value = try expression(raw.value, as: rawType)
                new.rawValue = try value(globals)
            } else if let rawType = t.rawType {
                new.rawValue = try implicitRawValue(rawType, after: cases.last, name: element.name)
            }
            if let raw = new.rawValue, let same = cases.first(where: { $0.rawValue == raw }) {
                throw error(element, "raw value for enum case is not unique (the same as '\(same.name)')")
            }
            if t.rawType != nil, !parameters.isEmpty {
                throw error(element, "enum with raw type cannot have cases with arguments")
            }
            cases.append(new)
        }
        t.cases = cases
    }

    /// Swift's raw value for a case written without one: the case name for `String`, one more
    /// than the previous case's for `Int` (0 for the first).
    private func implicitRawValue(_ rawType: SType, after previous: EnumCase?, name: TokenSyntax) throws -> Value {
        switch (rawType, previous?.rawValue) {
        case (.string, _): return .string(name.text)
        case (.int, nil): return .int(0)
        case (.int, .int(let n)?): return .int(n + 1)
        default: throw error(name, "enum case must declare a raw value when the preceding raw value is not an integer")
        }
    }

    /// Whether `e` is a number, string or Boolean literal, possibly negated.
    func isLiteral(_ e: ExprSyntax) -> Bool {
        if let p = e.as(PrefixOperatorExprSyntax.self) { return p.operator.text == "-" && isLiteral(p.expression) }
        return e.is(IntegerLiteralExprSyntax.self) || e.is(FloatLiteralExprSyntax.self) || e.is(StringLiteralExprSyntax.self)
            || e.is(BooleanLiteralExprSyntax.self)
    }

    private func declareProperties(_ v: VariableDeclSyntax, of t: StructType) throws {
        // A class's `class var` is a static property its subclasses may override.
        let isStatic = v.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
        let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
        for binding in v.bindings {
            if isLazy(v) {
                try declareLazy(binding, of: t)
                continue
            }
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw unsupported(binding.pattern, "this property pattern")
            }
            let name = id.identifier.text
            let annotated = try sharedAnnotation(of: binding).map { try resolveType($0) }
            let accessors = binding.accessorBlock.map(Self.accessors) ?? [:]
            if binding.accessorBlock != nil, Self.isComputed(accessors) {
                guard let annotated else { throw error(binding, "computed property must have an explicit type") }
                if isStatic {
                    guard accessors["set"] == nil else { throw unsupported(binding, "static computed properties with a setter") }
                    // Slot 0 is the type's own (`$static`), as in a static method.
                    let (getter, runtime, at) = (FunctionCode(name: name, parameterCount: 1), self.runtime, self.at(id))
                    t.statics[name] = StaticProperty(type: annotated, getter: getter) { receiver in
                        let frame = runtime.frame(for: getter, parent: nil)
                        frame.slots[0] = receiver
                        return try runtime.call(getter, in: frame, at)
                    }
                    continue
                }
                if providesRequirement(name, of: t) { continue }
                let code = FunctionCode(name: name, parameterCount: 0)
                let getter = StructType.Method(code: code, signature: Signature(parameters: [], result: annotated),
                                               isMutating: false, isStatic: false, isFinal: isFinal(v.modifiers, in: t))
                try declareOverride(of: t.superclass?.computed[name], with: getter, in: t, modifiers: v.modifiers,
                                    id.identifier, kind: "property")
                t.computed[name] = getter
                if accessors["set"] != nil {
                    let setter = StructType.Method(code: FunctionCode(name: name, parameterCount: 2),
                                                   signature: Signature(parameters: [.init(label: nil, type: annotated, hasDefault: false)],
                                                                        result: .void),
                                                   isMutating: !t.isClass, isStatic: false, isFinal: getter.isFinal)
                    try declareOverride(of: t.superclass?.setters[name], with: setter, in: t, modifiers: v.modifiers,
                                        id.identifier, kind: "property")
                    t.setters[name] = setter
                }
                continue
            }
            if !accessors.isEmpty, isStatic || isLet { throw unsupported(binding, "observers of static or 'let' properties") }
            if t.isEnum, !isStatic { throw error(v, "enums must not contain stored properties") }
            if t.superclass?.fieldIndex(name) != nil, binding.accessorBlock != nil, let i = t.fieldIndex(name) {
                // Observers added to an inherited stored property.
                guard v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.override) }) else {
                    throw error(id, "overriding declaration requires an 'override' keyword")
                }
                let added = StructType.OverridingObservers(owner: ObjectIdentifier(t),
                                                          willSet: accessors["willSet"].map { _ in FunctionCode(name: "willSet", parameterCount: 2) },
                                                          didSet: accessors["didSet"].map { _ in FunctionCode(name: "didSet", parameterCount: 2) })
                t.fields[i].overridingObservers.insert(added, at: 0)
                continue
            }
            if t.superclass?.fieldIndex(name) != nil || t.superclass?.computed[name] != nil {
                throw error(id, "cannot override with a stored property '\(name)'")
            }
            var initial: Code?
            var type = annotated
            if let value = binding.initializer?.value, let late = try lateDefaultType(value, annotated) {
                // `var p = initial()` with `func initial()` further down the block: the value
                // compiles with the block's bodies, once its functions are declared.
                let slot = LateCode()
                initial = { f in try slot.code(f) }
                type = late
                deferredBodies.append((Syntax(value), { [unowned self] in
                    try self.inside(t) { slot.code = try self.defaultValue(value, as: late, staticIn: isStatic ? t : nil).code }
                }))
            } else if let value = binding.initializer?.value {
                if !isStatic { defaultOf = t }
                defer { defaultOf = nil }
                let compiled = try defaultValue(value, as: annotated, staticIn: isStatic ? t : nil)
                type = type ?? compiled.type
                initial = compiled.code
            }
            guard let type else { throw error(binding, "type annotation missing in pattern") }
            // An optional 'var' starts as nil, as in Swift.
            if initial == nil, !isLet, case .optional = type { initial = { _ in .none } }
            if isStatic {
                guard let initial else { throw error(binding, "'static var' declaration requires an initializer expression") }
                t.statics[name] = StaticProperty(type: type, isLet: isLet, initial: initial)
                continue
            }
            let isWeak = try checkWeak(v, binding, type, in: t)
            if isWeak, let strong = initial {
                let weakReference = bindings.weakReference
                initial = { f in try strong(f).heldWeakly(as: weakReference) }
            }
            t.fields.append(.init(name: name, type: type, isLet: isLet, initial: initial,
                                  willSet: accessors["willSet"].map { _ in FunctionCode(name: "willSet", parameterCount: 2) },
                                  didSet: accessors["didSet"].map { _ in FunctionCode(name: "didSet", parameterCount: 2) },
                                  isWeak: isWeak))
        }
    }

    /// Whether the stored property `v` of `t`, of `type`, is declared `weak`: then it must be an
    /// optional class type (swiftc's errors), and a property of a class, the one place weave keeps
    /// a reference weakly (see `WeakReference`).
    private func checkWeak(_ v: VariableDeclSyntax, _ binding: PatternBindingSyntax, _ type: SType, in t: StructType) throws -> Bool {
        guard let weak = v.modifiers.first(where: { $0.name.tokenKind == .keyword(.weak) }) else { return false }
        guard case .optional(let wrapped) = type else { throw error(binding.pattern, "'weak' variable should have optional type '\(type)?'") }
        guard case .structure(let c) = wrapped, c.isClass || c.isProtocol && ([c] + c.allProtocols).contains(where: { $0.conformances.contains("AnyObject") }) else {
            throw error(binding.pattern, "'weak' may only be applied to class and class-bound protocol types, not '\(wrapped)'")
        }
        guard t.isClass else { throw unsupported(weak, "'weak' properties of a struct or enum (a class's may be weak)") }
        return true
    }

    /// swiftc's definite-initialisation error for an initialiser of `t` with `body` that returns
    /// (or reads a property) before giving each stored property of `t`'s own without a default
    /// value its value, the first in the source; none for one delegating to another initialiser
    /// or assigning `self`, which gives them all.
    private func checkStoredPropertiesInitialized(_ t: StructType, _ body: CodeBlockSyntax, parameters: Set<String>) throws {
        guard !t.isEnum else { return }
        guard !Self.calls(.self, init: body), !Self.assignsSelf(body) else { return }
        let members = Set(t.methods.filter { !$0.value.isStatic }.keys).union(t.computed.keys).subtracting(parameters)
        let violations = t.fields.dropFirst(t.superclass?.fields.count ?? 0).filter { $0.initial == nil }.compactMap { field in
            DefiniteInitialization.firstViolation(ofProperty: field.name, isLet: field.isLet, hidden: parameters.contains(field.name),
                                                  selfMembers: members, inInitializer: body)
        }
        if let first = violations.min(by: { $0.at.position < $1.at.position }) { throw error(first.at, first.message) }
    }

    /// swiftc's errors for a subclass initialiser's first phase, the statements of `body` before
    /// its `super.init(…)`: each stored property the subclass declares without a default must be
    /// given its value there, and none of the superclass's may be used yet (`n = 3`, `self.n`).
    private func checkTwoPhaseInitialization(_ t: StructType, _ body: CodeBlockSyntax, parameters: Set<String>) throws {
        guard t.isClass, let superclass = t.superclass,
              let call = body.statements.lazy.compactMap({ Self.superInitCall(in: $0) }).first,
              let statement = body.statements.first(where: { $0.range.contains(call.position) }) else { return }
        let before = body.statements.prefix { $0.id != statement.id }
        let tokens = before.flatMap { $0.tokens(viewMode: .sourceAccurate) }
        // Names declared before the call (locals) or parameters hide the superclass's properties.
        let local = parameters.union(before.flatMap { item -> [String] in
            item.item.as(VariableDeclSyntax.self)?.bindings.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text } ?? []
        })
        for token in tokens {
            guard case .identifier(let name) = token.tokenKind else { continue }
            let previous = token.previousToken(viewMode: .sourceAccurate), next = token.nextToken(viewMode: .sourceAccurate)
            let viaSelf = previous?.tokenKind == .period && previous?.previousToken(viewMode: .sourceAccurate)?.tokenKind == .keyword(.self)
            let bare = previous?.tokenKind != .period && !local.contains(name) && token.parent?.is(DeclReferenceExprSyntax.self) == true
            guard viaSelf || bare else { continue }
            if next?.tokenKind == .leftParen, t.methods(named: name).contains(where: { !$0.isStatic }) {
                throw error(token, "'self' used in method call '\(name)' before 'super.init' call")
            }
            guard superclass.fieldIndex(name) != nil, t.fields.dropFirst(superclass.fields.count).allSatisfy({ $0.name != name }) else { continue }
            // swiftc reports an assignment at its `=`.
            let at = next.flatMap { $0.tokenKind == .equal ? Syntax($0) : nil } ?? Syntax(token)
            throw error(at, "'self' used in property access '\(name)' before 'super.init' call")
        }
        // The names given values by an assignment: `n = 3`, `self.n = 3`, `(b1, b2) = betas`.
        func names(_ e: ExprSyntax) -> [String] {
            if let r = e.as(DeclReferenceExprSyntax.self) { return [r.baseName.text] }
            if let m = e.as(MemberAccessExprSyntax.self), m.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self) {
                return [m.declName.baseName.text]
            }
            if let tuple = e.as(TupleExprSyntax.self) { return tuple.elements.flatMap { names($0.expression) } }
            return []
        }
        let assigned = Set(tokens.filter { $0.tokenKind == .equal }.flatMap { equal -> [String] in
            guard let sequence = equal.parent?.parent?.parent?.as(SequenceExprSyntax.self), let left = sequence.elements.first else { return [] }
            return names(left)
        })
        if let missing = t.fields.dropFirst(superclass.fields.count).first(where: { $0.initial == nil && !assigned.contains($0.name) }) {
            throw error(call.declName, "property 'self.\(missing.name)' not initialized at super.init call")
        }
    }

    /// The `super.init` of a `super.init(…)` call in `item`, outside closures, if there is one.
    private static func superInitCall(in item: CodeBlockItemSyntax) -> MemberAccessExprSyntax? {
        item.tokens(viewMode: .sourceAccurate).lazy.compactMap { token -> MemberAccessExprSyntax? in
            guard token.tokenKind == .keyword(.super), let m = token.parent?.parent?.as(MemberAccessExprSyntax.self),
                  m.declName.baseName.tokenKind == .keyword(.`init`) else { return nil }
            return m
        }.first
    }

    /// Whether `d` is declared in an extension (of a protocol, say) rather than in its type's body.
    static func isInExtension(_ d: some SyntaxProtocol) -> Bool {
        var node = d.parent
        while let n = node, !n.is(ExtensionDeclSyntax.self) {
            if n.isProtocol(DeclGroupSyntax.self) { return false }
            node = n.parent
        }
        return node != nil
    }

    /// Whether an initialiser's body calls `self.init(…)` (or, with `.super`, `super.init(…)`).
    static func calls(_ keyword: Keyword, init body: CodeBlockSyntax) -> Bool {
        let tokens = Array(body.tokens(viewMode: .sourceAccurate))
        return zip(tokens, zip(tokens.dropFirst(), tokens.dropFirst(2))).contains { a, rest in
            a.tokenKind == .keyword(keyword) && rest.0.tokenKind == .period && rest.1.tokenKind == .keyword(.`init`)
        }
    }

    /// Whether an initialiser's body assigns `self` whole (`self = .init(…)`).
    static func assignsSelf(_ body: CodeBlockSyntax) -> Bool {
        let tokens = Array(body.tokens(viewMode: .sourceAccurate))
        return zip(tokens, tokens.dropFirst()).contains { $0.tokenKind == .keyword(.self) && $1.tokenKind == .equal }
    }

    /// Starts the body of `code`, a designated initialiser `i` of the class `t`, by giving the
    /// properties `t` declares their default values, as Swift does before the body runs.
    private func initializeOwnDefaultsFirst(_ i: InitializerDeclSyntax, of t: StructType, _ code: FunctionCode) {
        guard t.isClass, !i.modifiers.contains(where: { $0.name.tokenKind == .keyword(.convenience) }) else { return }
        let body = code.body
        code.body = { f in
            try t.initializeDefaults(of: f.slots[0], upTo: t.superclass, f)
            return try body(f)
        }
    }

    /// Ends the body of `code`, a designated initialiser `i` of a subclass `t` that calls no
    /// `super.init`, with the call of its superclass's `init()` that Swift makes there (swiftc's
    /// error if the superclass has initialisers but no `init()`).
    private func callImplicitSuperInit(_ i: InitializerDeclSyntax, _ body: CodeBlockSyntax, of t: StructType, _ code: FunctionCode) throws {
        guard t.isClass, let s = t.superclass, !i.modifiers.contains(where: { $0.name.tokenKind == .keyword(.convenience) }) else { return }
        guard !Self.calls(.super, init: body), !Self.calls(.self, init: body) else { return }
        let own = code.body
        /// Whether the body ended by falling off its end or a `return` (not a failable one's `return nil`).
        func initialized(_ flow: Flow, _ f: Frame) -> Bool {
            switch flow {
            case .normal: true
            case .returned: if case .none = f.result { i.optionalMark == nil } else { true }
            default: false
            }
        }
        // A superclass without initialisers of its own has the implicit `init()`: its defaults.
        guard !s.initializers.isEmpty else {
            code.body = { f in
                let flow = try own(f)
                if initialized(flow, f) { try s.initializeDefaults(of: f.slots[0], upTo: nil, f) }
                return flow
            }
            return
        }
        guard let superInit = s.initializers.first(where: { $0.signature.parameters.isEmpty }) else {
            throw error(body.rightBrace, "'super.init' isn't called on all paths before returning from initializer")
        }
        let (declaring, runtime, at) = (s.declaringClass(of: superInit), self.runtime, self.at(body.rightBrace))
        code.body = { f in
            let flow = try own(f)
            guard initialized(flow, f) else { return flow }
            try s.initializeDefaults(of: f.slots[0], upTo: declaring, f)
            let frame = Frame(count: superInit.code.slotCount, parent: nil)
            frame.slots[0] = f.slots[0]
            _ = try runtime.invoke(superInit.code, frame, at)
            return flow
        }
    }

    /// The code of a stored property's default `value`, of the type `annotated` if given, run
    /// in a frame of its own; for a static property of `staticIn`, where the type's other static
    /// members are named alone (`static var table = { … base … }()`).
    private func defaultValue(_ value: ExprSyntax, as annotated: SType?, staticIn: StructType? = nil) throws -> (type: SType, code: Code) {
        let context = FunctionContext(parent: function, returnType: nil)
        let saved = scope
        scope = Scope(parent: saved, function: context)
        defer { scope = saved }
        if let staticIn { declare("$static", .structure(staticIn), mutable: false) }
        let typed = try escaping(value, as: .initial) { try expression(value, expected: annotated) }
        let type = annotated ?? typed.type
        let code = try coerce(typed, to: type, value)
        let (slots, runtime, at) = (context.slotCount, self.runtime, self.at(value))
        return (type, { _ in try runtime.nested(at) { try code(Frame(count: slots, parent: nil)) } })
    }

    /// For a property's default `value` that calls a function or reads a global variable the
    /// block being hoisted declares (which are declared after the types' members), the
    /// property's type: `annotated`, the function's result for a call of it alone, or the
    /// value's type where each global stands for a value of its own type; nil for another value,
    /// compiled at once. One whose type cannot be known so is refused.
    private func lateDefaultType(_ value: ExprSyntax, _ annotated: SType?) throws -> SType? {
        guard function.isGlobal else { return nil }
        let late = value.tokens(viewMode: .sourceAccurate).filter { token in
            guard case .identifier(let name) = token.tokenKind else { return false }
            return (blockFunctions[name] != nil || blockGlobals[name] != nil) && resolve(name) == nil
        }
        guard !late.isEmpty else { return nil }
        if let annotated { return annotated }
        if let callee = value.as(FunctionCallExprSyntax.self)?.calledExpression.as(DeclReferenceExprSyntax.self),
           let fn = blockFunctions[callee.baseName.text], !GenericFunction.isGeneric(fn) {
            return try fn.signature.returnClause.map { try resolveType($0.type) } ?? .void
        }
        let globals = late.filter { blockFunctions[$0.text] == nil }
        guard let first = globals.first else { return nil }
        // Each global as a value of its written type, or of its initial value's.
        let context = FunctionContext(parent: function, returnType: nil)
        let saved = scope
        scope = Scope(parent: saved, function: context)
        defer { scope = saved }
        for name in Set(globals.map(\.text)) {
            let b = blockGlobals[name]!
            guard let type = try b.typeAnnotation.map({ try resolveType($0.type) }) ?? b.initializer.flatMap({ try? expression($0.value).type }) else {
                throw unsupported(first, "a property's default value reading '\(name)', a global variable of the same block whose type depends on others; write the property's type ('var p: Double = …')")
            }
            declare(name, type, mutable: false)
        }
        return try expression(value).type
    }

    private func compileBodies(_ group: any DeclGroupSyntax, _ t: StructType) throws {
        for member in group.memberBlock.members {
            let d = member.decl
            if let v = d.as(VariableDeclSyntax.self) {
                for binding in v.bindings {
                    if isLazy(v) { try compileLazy(binding, of: t) }
                    guard let block = binding.accessorBlock, let id = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    try compileAccessors(block, of: id.identifier.text, in: t)
                }
            } else if let s = d.as(SubscriptDeclSyntax.self), let block = s.accessorBlock {
                try compileSubscript(s, block, of: t)
            } else if let fn = d.as(FunctionDeclSyntax.self), let body = fn.body, !GenericFunction.isGeneric(fn) {
                let (signature, params) = try functionSignature(fn.signature, fn)
                let key = methodKey(fn, signature.parameters)
                guard let m = t.methodOverloads[key]?.first(where: { $0.signature.parameterShape == signature.parameterShape }) ?? t.methods[key]
                else { continue }
                try compileBody(m.code, params, result: m.signature.result, body: body.statements, selfType: t,
                                mutating: m.isMutating, isStatic: m.isStatic, throwing: m.signature.throwing)
            } else if let i = d.as(InitializerDeclSyntax.self), let body = i.body {
                try withGenericParameters(of: i) {
                    let (_, params) = try functionSignature(i.signature, i)
                    try checkTwoPhaseInitialization(t, body, parameters: Set(params.map(\.name)))
                    try checkStoredPropertiesInitialized(t, body, parameters: Set(params.map(\.name)))
                    let m = t.initializers[initializerIndices[i.id]!]
                    try compileBody(m.code, params, result: .void, body: body.statements, selfType: t, mutating: !t.isClass,
                                    throwing: m.signature.throwing, isInitializer: true, isFailable: i.optionalMark != nil)
                    try callImplicitSuperInit(i, body, of: t, m.code)
                    initializeOwnDefaultsFirst(i, of: t, m.code)
                }
            }
        }
        // A protocol, or a view of one, has the conformances of the types it stands for.
        guard !t.dispatchesOnValue else { return }
        if t.conformances.contains("CustomStringConvertible") {
            t.describe = try describer(group, t, property: "description", protocol: "CustomStringConvertible")
        }
        if t.conformances.contains("CustomDebugStringConvertible") {
            t.debugDescribe = try describer(group, t, property: "debugDescription", protocol: "CustomDebugStringConvertible")
        }
        // `AdditiveArithmetic` asks for `zero`, `+` and `-` (Swift derives `+=` and `-=`).
        if t.conformances.contains("AdditiveArithmetic"),
           (t.statics["zero"] == nil && t.computed["zero"]?.isStatic != true)
            || !["+(", "-("].allSatisfy({ op in t.methods.keys.contains { $0.hasPrefix(op) } }) {
            throw error(group.asProtocol(NamedDeclSyntax.self).map { Syntax($0.name) } ?? Syntax(group),
                        "type '\(t.name)' does not conform to protocol 'AdditiveArithmetic'")
        }
        // `Identifiable` asks for a `Hashable` `id` (a class's default, its `ObjectIdentifier`, is not held here).
        if t.conformances.contains("Identifiable") {
            let id = t.fieldIndex("id").map { t.fields[$0].type } ?? t.property("id")?.signature.result
            guard let id, isHashable(id) else {
                let at = group.asProtocol(NamedDeclSyntax.self).map { Syntax($0.name) } ?? Syntax(group)
                if id == nil, t.isClass { throw unsupported(at, "a class's 'Identifiable' conformance without an 'id' property of its own") }
                throw error(at, "type '\(t.name)' does not conform to protocol 'Identifiable'")
            }
        }
        if t.conformances.contains("RandomNumberGenerator"), !t.isClass, Self.generatorNext(of: t) == nil {
            throw error(group.asProtocol(NamedDeclSyntax.self).map { Syntax($0.name) } ?? Syntax(group),
                        "type '\(t.name)' does not conform to protocol 'RandomNumberGenerator'")
        }
    }

    /// The parameters of a subscript: unlabelled unless given an explicit argument label, as in Swift.
    private func subscriptParameters(_ s: SubscriptDeclSyntax) throws -> [ParameterDecl] {
        try zip(parameters(s.parameterClause), s.parameterClause.parameters).map { p, syntax in
            var p = p
            if syntax.secondName == nil { p.label = nil }
            return p
        }
    }

    private func declareSubscript(_ s: SubscriptDeclSyntax, of t: StructType) throws {
        if s.genericParameterClause != nil || s.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
            throw unsupported(s, "generic and static subscripts")
        }
        let params = try subscriptParameters(s)
        if params.contains(where: { $0.isInout || $0.defaultValue != nil }) {
            throw unsupported(s, "'inout' subscript parameters and default values")
        }
        let result = try resolveType(s.returnClause.type)
        let signature = Signature(parameters: params.map { .init(label: $0.label, type: $0.type, hasDefault: $0.defaultValue != nil) },
                                  result: result)
        if let earlier = t.subscripts.first(where: { $0.getter.signature.parameters.map(\.label) == signature.parameters.map(\.label)
            && $0.getter.signature.parameters.map(\.type.description) == signature.parameters.map(\.type.description) }) {
            if t.superclass?.subscripts.contains(where: { $0.declaration == earlier.declaration }) == true {
                throw unsupported(s, "overriding a subscript")
            }
            throw error(s.subscriptKeyword, "invalid redeclaration of 'subscript(\(signature.parameters.map { "\($0.label ?? "_"):" }.joined()))'")
        }
        let getter = StructType.Method(code: FunctionCode(name: "subscript", parameterCount: params.count + 1), signature: signature,
                                       isMutating: false, isStatic: false)
        var setter: StructType.Method?
        if let block = s.accessorBlock, Self.accessors(block)["set"] != nil {
            let signature = Signature(parameters: signature.parameters + [.init(label: nil, type: result, hasDefault: false)], result: .void)
            setter = .init(code: FunctionCode(name: "subscript", parameterCount: params.count + 2), signature: signature,
                           isMutating: true, isStatic: false)
        }
        t.subscripts.append(.init(declaration: s.id, getter: getter, setter: setter))
    }

    private func compileSubscript(_ s: SubscriptDeclSyntax, _ block: AccessorBlockSyntax, of t: StructType) throws {
        let params = try subscriptParameters(s)
        guard let declared = t.subscripts.first(where: { $0.declaration == s.id }) else { return }
        let getter = declared.getter
        switch block.accessors {
        case .getter(let items):
            try compileBody(getter.code, params, result: getter.signature.result, body: items, selfType: t, mutating: false)
        case .accessors(let list):
            for accessor in list {
                guard let body = accessor.body?.statements else { throw error(accessor, "accessor needs a body") }
                switch accessor.accessorSpecifier.text {
                case "get":
                    try compileBody(getter.code, params, result: getter.signature.result, body: body, selfType: t, mutating: false)
                case "set":
                    let newValue = accessorParameter(accessor, getter.signature.result)
                    try compileBody(declared.setter!.code, params + [newValue], result: .void, body: body, selfType: t, mutating: true)
                default:
                    throw unsupported(accessor, "'\(accessor.accessorSpecifier.text)' accessors of subscripts")
                }
            }
        }
    }

    /// A property's or variable's accessors by kind (`get`, `set`, `willSet`, `didSet`); a bare
    /// `{ … }` is the getter.
    static func accessors(_ block: AccessorBlockSyntax) -> [String: AccessorDeclSyntax?] {
        guard case .accessors(let list) = block.accessors else { return ["get": nil] }
        return Dictionary(list.map { ($0.accessorSpecifier.text, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether `accessors` (see `accessors(_:)`) make a computed property or variable: they are
    /// not observers.
    static func isComputed(_ accessors: [String: AccessorDeclSyntax?]) -> Bool {
        accessors["willSet"] == nil && accessors["didSet"] == nil
    }

    /// The parameter of the setter or observer `accessor` of a property, subscript or variable of
    /// type `type`: the name it gives (`set(v)`, `didSet(old)`), or Swift's `newValue` (`oldValue`
    /// for `didSet`).
    func accessorParameter(_ accessor: AccessorDeclSyntax, _ type: SType) -> ParameterDecl {
        let name = accessor.parameters?.name.text ?? (accessor.accessorSpecifier.tokenKind == .keyword(.didSet) ? "oldValue" : "newValue")
        return ParameterDecl(label: nil, name: name, type: type, defaultValue: nil)
    }

    /// Compiles a property's getter and setter, or its observers.
    private func compileAccessors(_ block: AccessorBlockSyntax, of name: String, in t: StructType) throws {
        if let getter = t.statics[name]?.getter {
            let property = t.statics[name]!
            let body: CodeBlockItemListSyntax
            switch block.accessors {
            case .getter(let items): body = items
            case .accessors(let list):
                guard let get = list.first(where: { $0.accessorSpecifier.text == "get" })?.body?.statements else { return }
                body = get
            }
            return try compileBody(getter, [], result: property.type, body: body, selfType: t, mutating: false, isStatic: true)
        }
        if case .getter(let items) = block.accessors, let m = t.computed[name] {
            return try compileBody(m.code, [], result: m.signature.result, body: items, selfType: t, mutating: false)
        }
        guard case .accessors(let list) = block.accessors else { return }
        for accessor in list {
            guard let body = accessor.body?.statements else { throw error(accessor, "accessor needs a body") }
            let kind = accessor.accessorSpecifier.text
            let field = t.fieldIndex(name).map { t.fields[$0] }
            let type = field?.type ?? t.computed[name]?.signature.result ?? .void
            let params = [accessorParameter(accessor, type)]
            switch (kind, field) {
            case ("get", nil):
                try compileBody(t.computed[name]!.code, [], result: type, body: body, selfType: t, mutating: false)
            case ("set", nil):
                try compileBody(t.setters[name]!.code, params, result: .void, body: body, selfType: t, mutating: true)
            case ("willSet", let f?), ("didSet", let f?):
                // The type's own observers, or those it adds to a property it inherits.
                let added = f.overridingObservers.first { $0.owner == ObjectIdentifier(t) }
                let code = kind == "willSet" ? (added.map(\.willSet) ?? f.willSet) : (added.map(\.didSet) ?? f.didSet)
                try compileBody(code!, params, result: .void, body: body, selfType: t, mutating: true, observing: name)
            default:
                throw unsupported(accessor, "'\(kind)' accessors")
            }
        }
    }

    /// How values of `t` show by its `property` (`description`, or `debugDescription`), which
    /// `protocol` requires: a computed property or a stored `String`.
    private func describer(_ group: any DeclGroupSyntax, _ t: StructType, property: String, protocol name: String) throws -> (Value) -> String {
        if let m = t.property(property), case .string = m.signature.result {
            let (runtime, code, at) = (self.runtime, m.code, self.at(group))
            // Printing cannot fail in Swift: an error of the note's `description` (its endless
            // recursion, `"\(self)"` inside it) stops the block once the printing is done.
            return { value in
                let frame = Frame(count: code.slotCount, parent: nil)
                frame.slots[0] = value
                do {
                    guard case .string(let s) = try runtime.invoke(code, frame, at) else { return "" }
                    return s
                } catch {
                    runtime.failWhereSwiftCannotThrow(error, at: at)
                    return ""
                }
            }
        }
        if let i = t.fieldIndex(property), case .string = t.fields[i].type {
            return { value in
                guard case .string(let text) = value.field(i) else { return "" }
                return text
            }
        }
        throw error(group.inheritanceClause!, "type '\(t.name)' does not conform to protocol '\(name)'")
    }
}

/// Code compiled after the closure that runs it is made: a property's default value that
/// calls a function declared further down its block (see `lateDefaultType`).
final class LateCode {
    /// The code, once compiled.
    var code: Code = { _ in .void }
}
