import SwiftSyntax

/// Extensions of standard and Optim types: `extension Double { var squared: Double { self * self } }`,
/// `extension Array where Element == Double { func mean() -> Double { … } }`, `extension Vector`.
///
/// The members an extension adds live in a type of their own, registered in the top-level scope
/// under `extension T` (a name no note can spell), whose `builtin` is the extended type: `self`
/// has that type in the bodies, which compile as the methods of a note's type do.
extension Compiler {
    /// The standard or Optim type that `e` extends; nil for a type of the note.
    func extendedBuiltin(_ e: ExtensionDeclSyntax) throws -> SType? {
        if let id = e.extendedType.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
           ["Array", "Set", "Optional"].contains(id.name.text) || Self.collectionProtocols.contains(id.name.text) {
            // `extension Array where Element == Double`: the element type comes from the clause.
            // An extension of `Collection` or `Sequence` extends arrays here, the collections
            // notes build.
            let parameter = id.name.text == "Optional" ? "Wrapped" : "Element"
            guard let clause = e.genericWhereClause, clause.requirements.count == 1,
                  case .sameTypeRequirement(let r) = clause.requirements.first!.requirement,
                  r.leftType.trimmedDescription == parameter, let right = r.rightType.as(TypeSyntax.self) else {
                throw unsupported(e.extendedType, "extensions of '\(id.name.text)' without 'where \(parameter) == …'")
            }
            let element = try resolveType(right)
            switch id.name.text {
            case "Set": return .set(element)
            case "Optional": return .optional(element)
            default: return .array(element)
            }
        }
        guard let type = try? resolveType(e.extendedType) else { return nil }
        switch type {
        case .structure: return nil
        case .int, .double, .bool, .string, .character, .substring, .array, .dictionary, .set, .optional, .vector, .matrix:
            if let w = e.genericWhereClause { throw unsupported(w, "'where' clauses on extensions of '\(type)'") }
            return type
        // `Float` and the fixed-width integers; Optim's and Figures' types and protocols (`extension
        // Run`, `extension Objective`).
        case _ where isFloat(type) || fixedWidthKind(type) != nil:
            if let w = e.genericWhereClause { throw unsupported(w, "'where' clauses on extensions of '\(type)'") }
            return type
        case .native(let t) where t.metatypeOf == nil && t.view == nil:
            if let w = e.genericWhereClause { throw unsupported(w, "'where' clauses on extensions of '\(type)'") }
            return type
        default: return nil
        }
    }

    /// The members of `Sequence` and `Collection` that a sequence of the note has from them,
    /// which its own members may use without `self.`.
    static let sequenceMembers: Set<String> = [
        "map", "filter", "reduce", "forEach", "compactMap", "flatMap", "contains", "allSatisfy", "first", "min", "max",
        "sorted", "enumerated", "prefix", "dropFirst", "dropLast", "suffix", "reversed", "joined", "elementsEqual",
        "count", "isEmpty", "last", "lazy", "underestimatedCount", "shuffled", "randomElement", "split", "starts",
    ]

    /// The standard protocol `t`, a type of the note, conforms to whose extension declares
    /// `member`: which extends only the standard types here (see `EveryGeneric.numberProtocols`).
    func standardProtocolExtending(_ t: StructType, with member: String) -> String? {
        globalScope.types["extension Scalar type"]?.generic?.extensions.lazy.compactMap { e -> String? in
            guard let name = e.extendedType.as(IdentifierTypeSyntax.self)?.name.text, t.conformances.contains(name), self.declares(e, member) else { return nil }
            return name
        }.first
    }

    /// The protocols of the standard library's collections whose extensions (`extension
    /// Collection where Element == Double`) extend arrays.
    static let collectionProtocols: Set<String> = ["Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection"]

    /// Declares `extension T { … }` of a standard or Optim type: the type holding its members.
    func builtinExtension(_ e: ExtensionDeclSyntax, of type: SType) -> TypeDeclaration {
        let key = "extension \(type)"
        let t: StructType
        if let existing = globalScope.types[key] {
            t = existing
            extended.append(TypeSnapshot(of: t))
        } else {
            t = StructType(name: type.description)
            t.builtin = type
            // Its members name the type's own generic parameters (`Element` of `[Double]`).
            switch type {
            case .array(let e), .set(let e): t.aliases["Element"] = e
            case .optional(let w): t.aliases["Wrapped"] = w
            case .vector: t.aliases["Element"] = .double
            case .dictionary(let k, let v): (t.aliases["Key"], t.aliases["Value"]) = (k, v)
            default: break
            }
            globalScope.types[key] = t
        }
        let nested = typeDeclarations(e.memberBlock.members.map(\.decl), outer: t) { t.nested[$0] = $1 }
        return TypeDeclaration(syntax: e, type: t, nested: nested)
    }

    /// The members extensions added to `type`, if any. For an array or dictionary type, the
    /// members of `extension Array { … }` or `extension Dictionary { … }` are compiled for its
    /// type arguments when one of them, `member`, is first used on it (not before: `[[Element]]`
    /// in a member would ask for ever deeper arrays); an error in them is reported at that use.
    func extensionMembers(of type: SType, member: String? = nil) throws -> StructType? {
        switch type {
        case .structure, .nilLiteral, .void, .tuple, .function: return nil
        default:
            // The protocols whose extensions declare `member` for `type`, with their members.
            var fromProtocols: [(protocol: String, members: StructType)] = []
            for (kind, arguments) in EveryGeneric.specialisations(type) {
                guard let member, let every = globalScope.types["extension \(kind.name)"]?.generic else { continue }
                if kind.extendsConformingTypes {
                    // Each extension of a protocol compiles alone, when a member it declares is
                    // used on a type conforming: `extension Comparable`'s need not compile for
                    // every comparable type, only those it is used with.
                    for (i, e) in every.extensions.enumerated() where declares(e, member) {
                        if every.instances[key(arguments, extension: i)] == nil, try meetsRequirements(e, kind, arguments) {
                            try applyExtensions(every, kind, arguments, only: i)
                        }
                        if let members = every.instances[key(arguments, extension: i)]?.type {
                            fromProtocols.append((e.extendedType.trimmedDescription, members))
                        }
                    }
                } else if every.instances[key(arguments)] == nil, every.extensions.contains(where: { declares($0, member) }) {
                    try applyExtensions(every, kind, arguments)
                }
            }
            let own = globalScope.types["extension \(type)"]
            // The type's own member shadows a protocol extension's, and the most refined
            // protocol's extension shadows those of the protocols it refines, as in Swift.
            if let member, own?.declaresMember(member) != true,
               let chosen = fromProtocols.first(where: { p in !fromProtocols.contains { EveryGeneric.refines($0.protocol, p.protocol) } }) {
                return chosen.members
            }
            // An Optim type has the members of its protocols' extensions (`extension Objective`).
            guard let member, case .native(let t) = type, own.map({ !$0.declaresMember(member) }) ?? true else { return own }
            return t.protocols.sorted().lazy.compactMap { p in
                self.bindings.types[p].flatMap { self.globalScope.types["extension \(SType.native($0))"] }
            }.first { $0.declaresMember(member) } ?? own
        }
    }

    /// Declares `extension Array { … }` (or of `Collection` or `Sequence`, which here extends
    /// arrays and strings) or `extension Dictionary { … }` without a `where` clause, or with
    /// requirements on its generic parameters (`where Element: Numeric`, `where Value == Int`),
    /// whose members are generic over them: they compile for each specialisation the note uses
    /// that meets the requirements, as a generic type's do. False for other extensions
    /// (`extension Array where Element == Double` extends that one type instead, see
    /// `extendedBuiltin`).
    func extendsEveryGeneric(_ e: ExtensionDeclSyntax) throws -> Bool {
        guard let id = e.extendedType.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil else { return false }
        // A protocol of the note of a standard protocol's name is the note's.
        if EveryGeneric.numberProtocols.contains(id.name.text), scope.lookupType(id.name.text) != nil { return false }
        let kinds = EveryGeneric.kinds.filter { $0.names.contains(id.name.text) }
        // A protocol's extension with `where Element == Double` extends each of its conforming
        // types with that element (arrays, sets), not one type.
        let extendsProtocol = Self.collectionProtocols.contains(id.name.text)
        guard !kinds.isEmpty, kinds.allSatisfy({ kind in
            e.genericWhereClause?.requirements.allSatisfy { r in
                switch r.requirement {
                case .conformanceRequirement(let c): kind.parameters.contains(c.leftType.trimmedDescription)
                case .sameTypeRequirement(let c): (kind.acceptsSameType || extendsProtocol) && kind.parameters.contains(c.leftType.trimmedDescription)
                default: false
                }
            } ?? true
        }) else { return false }
        for kind in kinds {
            let every: GenericType
            if let existing = globalScope.types["extension \(kind.name)"]?.generic {
                every = existing
            } else {
                guard let clause = Parsing.tree(kind.declaration).statements.first?.item.as(StructDeclSyntax.self)?
                    .genericParameterClause else { return false }
                let holder = StructType(name: kind.name)
                holder.generic = GenericType(syntax: e, parameters: clause, scope: globalScope)
                globalScope.types["extension \(kind.name)"] = holder
                every = holder.generic!
            }
            every.extensions.append(e)
            for (t, arguments) in every.instances.values where try !kind.extendsConformingTypes && meetsRequirements(e, kind, arguments) {
                extended.append(TypeSnapshot(of: t))
                try withTypeArguments(every, t, arguments) {
                    try compileDeclarations([TypeDeclaration(syntax: e, type: t, nested: [])])
                }
            }
        }
        return true
    }

    /// Whether `arguments` meet the `where` requirements of the extension `e` of `kind`.
    private func meetsRequirements(_ e: ExtensionDeclSyntax, _ kind: EveryGeneric, _ arguments: [SType]) throws -> Bool {
        if kind.extendsConformingTypes, let id = e.extendedType.as(IdentifierTypeSyntax.self),
           try !satisfies(arguments[0], id.name.text, id) {
            return false
        }
        return try unmetRequirement(e.genericWhereClause, kind.bindings(arguments)) == nil
    }

    /// The key of a specialisation among a generic's instances; with `extension`, of the one
    /// extension of that index compiled for it (see `extensionMembers`).
    private func key(_ arguments: [SType], extension index: Int? = nil) -> String {
        arguments.map(\.description).joined(separator: ", ") + (index.map { " #\($0)" } ?? "")
    }

    /// swiftc's error for a method of a constrained array or dictionary extension used on a
    /// specialisation that does not meet the constraint; nil when no such extension declares `name`.
    private func unmetExtensionRequirement(_ type: SType, _ name: String, _ node: some SyntaxProtocol) throws -> InterpreterError? {
        for (kind, arguments) in EveryGeneric.specialisations(type) {
            guard let every = globalScope.types["extension \(kind.name)"]?.generic,
                  let unmet = try unmetRequirement(of: name, in: every.extensions, kind.bindings(arguments), owner: kind.associatedTypesOwner, node)
            else { continue }
            return unmet
        }
        return nil
    }

    /// Compiles the members of every extension of `kind` (`extension Array { … }`), or of the
    /// one of index `only`, for the specialisation with `arguments`.
    private func applyExtensions(_ every: GenericType, _ kind: EveryGeneric, _ arguments: [SType], only: Int? = nil) throws {
        let type = kind.make(arguments)
        // A protocol's extensions add their members to a type of their own (under a name no note
        // can spell), which the type's own extension's members of the same name shadow.
        let holder = only.flatMap { kind.extendsConformingTypes ? " as " + every.extensions[$0].extendedType.trimmedDescription : nil } ?? ""
        let t = globalScope.types["extension \(type)\(holder)"] ?? {
            let t = StructType(name: type.description)
            t.builtin = type
            globalScope.types["extension \(type)\(holder)"] = t
            return t
        }()
        // Members that do not compile for these type arguments are not there (as a constrained
        // extension's are not), rather than there half-compiled.
        let before = TypeSnapshot(of: t)
        let instance = key(arguments, extension: only)
        every.instances[instance] = (t, arguments)
        do {
            let extensions = try only.map { [every.extensions[$0]] } ?? every.extensions.filter { try meetsRequirements($0, kind, arguments) }
            try withTypeArguments(every, t, arguments) {
                try compileDeclarations(extensions.map { TypeDeclaration(syntax: $0, type: t, nested: []) })
            }
        } catch {
            before.restore()
            every.instances[instance] = nil
            throw error
        }
    }

    /// Compiles `x.name(…)` of a method an extension added to the type of `x`; nil if none did.
    func extensionMethodCall(_ base: Typed, _ baseExpr: ExprSyntax, _ name: String, _ args: [Argument],
                             _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        // (A protocol extension's method wins over a standard type's method of the same name, most
        // of which the standard library itself declares in protocol extensions: `squareRoot()`.)
        let t = try extensionMembers(of: base.type, member: name)
        let overload = try t.flatMap { try methodOverload($0, name, args, c, expected: expected) }
        // A generic method (`func counted<Key: Hashable>(by:)`), specialised at the call.
        if case .generic(let g)? = overload {
            return try genericCall(g, args, c, expected: expected, receiver: base) { try self.mutatingPlace(baseExpr, c) }
        }
        guard case .method(let method)? = overload else {
            if let unmet = try unmetExtensionRequirement(base.type, name, c.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(c)) {
                throw unmet
            }
            return nil
        }
        let codes = try match(args, to: method.signature, c, name: name)
        try checkThrowingCall(method.signature, c)
        if method.isMutating {
            return invokeMutating(method, place: try mutatingPlace(baseExpr, c), arguments: codes, at: at(c))
        }
        return try invokeMethod(method, receiver: base, arguments: codes, at: at(c))
    }

    /// Compiles `x.name` of a computed property an extension added to the type of `x`; nil if none did.
    func extensionProperty(_ base: Typed, _ name: String, _ m: MemberAccessExprSyntax, expected: SType?) throws -> Typed? {
        guard let t = try extensionMembers(of: base.type, member: name), let getter = t.computed[name] else {
            if let unmet = try unmetExtensionRequirement(base.type, name, m.declName) { throw unmet }
            return nil
        }
        // A protocol extension's property loses to the type's own (`(-2.0).magnitude` beside
        // `extension FloatingPoint { var magnitude: Self }`), which Swift declares in the type
        // itself, where both fit: of the same type, or where the context takes either (a printed
        // `(-2.0).sign` is Double's `FloatingPointSign`, but `lambda * x.sign` multiplies by the
        // extension's `Self`).
        if isProtocolExtension(t, of: base.type),
           let own = try nativeProperty(base, name) ?? builtinProperty(base.substringAsString, name, m) ?? libraryProperty(base.substringAsString, name, m) {
            let fits = own.type.isExactly(getter.signature.result) || expected.map { $0.isExactly(.any) || own.type.conforms(to: $0) } == true
            if fits { return own }
        }
        return try invokeMethod(getter, receiver: base, arguments: [], at: at(m.declName))
    }

    /// Whether `t`, which holds members extensions add to `type`, holds those of a protocol's
    /// extension (`extension BinaryFloatingPoint`, `extension Objective`) rather than the type's own.
    private func isProtocolExtension(_ t: StructType, of type: SType) -> Bool {
        t !== globalScope.types["extension \(type)"]
    }

    /// The type holding the members extensions added to the standard type named `typeName`
    /// (`Double.golden`, `Int.random(below:)`).
    func extensionMembers(named typeName: String, member: String) -> StructType? {
        guard let type = try? resolveType(TypeSyntax(IdentifierTypeSyntax(name: .identifier(typeName)))) else { return nil }
        return try? extensionMembers(of: type, member: member)
    }

    /// Inside an extension of a standard type, a name that is none of the extension's own members
    /// may be a member of the type itself, used on `self` implicitly (`count`, `reduce(0, +)`):
    /// `node` compiled as `self.node`. So may one of `Sequence`'s members inside a sequence or
    /// collection of the note, and a method of Optim's protocols inside a type of the note adopting
    /// one, or of the note's extension of it (`checkDimension(of: x)` in an `Objective`, see
    /// `adoptedLibraryMethodCall`). Nil elsewhere.
    func implicitSelfMember(_ node: ExprSyntax, expected: SType?) throws -> Typed? {
        guard case .binding(let b)? = resolve("self"), let selfType = b.owner.selfType else { return nil }
        if selfType.builtin == nil {
            let name = (node.as(FunctionCallExprSyntax.self)?.calledExpression ?? node).as(DeclReferenceExprSyntax.self)?.baseName.text
            guard let name, selfType.noteSequenceElement != nil && Self.sequenceMembers.contains(name)
                    || node.is(FunctionCallExprSyntax.self) && hasAdoptedMethod(selfType, name)
                    || node.is(DeclReferenceExprSyntax.self) && hasAdoptedProperty(selfType, name) else { return nil }
        }
        let member = synthesized("self." + node.trimmedDescription, anchor: 5, at: node)
        // A slice it gives (`prefix(2)`) is judged where `node` stands, once it is compiled.
        let saved = sliceArgument
        sliceArgument = Syntax(member)
        defer { sliceArgument = saved }
        return try expression(member, expected: expected)
    }
}

/// A generic standard type whose extensions without concrete type arguments compile for each
/// specialisation a note uses (see `extendsEveryGeneric`).
struct EveryGeneric {
    /// The name the extensions are kept under.
    let name: String
    /// The names an extension of it may give (`Collection` and `Sequence` extend arrays here).
    let names: Set<String>
    /// Its declaration, for its generic parameters.
    let declaration: String
    /// Its generic parameters.
    let parameters: [String]
    /// Whether a `where` clause may fix a parameter (`where Value == Int`); an array's
    /// `where Element == Double` extends that one type instead.
    let acceptsSameType: Bool
    /// For a type that is not generic (a `String`), the type whose associated types the
    /// parameters are, as swiftc names them in its errors (`String.Element`); nil for a generic type.
    var associatedTypesOwner: String?
    /// Whether it stands for the standard types conforming to the protocol an extension names,
    /// its one parameter the type itself (`extension Comparable` of `Int`, `String`, …).
    var extendsConformingTypes = false

    /// The extendable generic types. A `String` is extended as the collection of `Character`s it
    /// is, by the extensions of the protocols it conforms to; its own extensions (`extension
    /// String`) are not generic (see `extendedBuiltin`), so its generic ones are kept under a
    /// name of their own, which no note can spell. So are a range's of `Int`s.
    static let kinds = [
        EveryGeneric(name: "Array", names: Compiler.collectionProtocols.union(["Array"]), declaration: "struct Array<Element> {}",
                     parameters: ["Element"], acceptsSameType: false),
        EveryGeneric(name: "Dictionary", names: ["Dictionary"], declaration: "struct Dictionary<Key: Hashable, Value> {}",
                     parameters: ["Key", "Value"], acceptsSameType: true),
        EveryGeneric(name: "String as a collection", names: ["Sequence", "Collection", "BidirectionalCollection"],
                     declaration: "struct String<Element> {}", parameters: ["Element"], acceptsSameType: false,
                     associatedTypesOwner: "String"),
        EveryGeneric(name: "Set", names: ["Sequence", "Collection", "Set"], declaration: "struct Set<Element: Hashable> {}",
                     parameters: ["Element"], acceptsSameType: false),
        EveryGeneric(name: "Range as a collection", names: Compiler.collectionProtocols, declaration: "struct Range<Element> {}",
                     parameters: ["Element"], acceptsSameType: false, associatedTypesOwner: "Range<Int>"),
        EveryGeneric(name: "ClosedRange as a collection", names: Compiler.collectionProtocols, declaration: "struct ClosedRange<Element> {}",
                     parameters: ["Element"], acceptsSameType: false, associatedTypesOwner: "ClosedRange<Int>"),
        EveryGeneric(name: "Scalar type", names: numberProtocols, declaration: "struct Scalar<Value> {}", parameters: ["Value"],
                     acceptsSameType: false, extendsConformingTypes: true),
    ]

    /// The standard protocols of numbers and comparison whose extensions (`extension
    /// BinaryFloatingPoint { var squared: Self { … } }`) extend each standard type conforming
    /// (not the note's own types).
    static let numberProtocols: Set<String> = [
        "BinaryFloatingPoint", "FloatingPoint", "Numeric", "SignedNumeric", "AdditiveArithmetic", "BinaryInteger",
        "FixedWidthInteger", "SignedInteger", "UnsignedInteger", "Comparable", "Equatable", "Hashable", "Strideable",
    ]

    /// The number protocols each of `numberProtocols` refines, directly or not.
    private static let refinements: [String: Set<String>] = {
        let direct: [String: [String]] = [
            "BinaryFloatingPoint": ["FloatingPoint"], "FloatingPoint": ["SignedNumeric", "Hashable", "Strideable"],
            "SignedNumeric": ["Numeric"], "Numeric": ["AdditiveArithmetic"], "AdditiveArithmetic": ["Equatable"],
            "BinaryInteger": ["Numeric", "Hashable", "Strideable"], "FixedWidthInteger": ["BinaryInteger"],
            "SignedInteger": ["BinaryInteger", "SignedNumeric"], "UnsignedInteger": ["BinaryInteger"],
            "Comparable": ["Equatable"], "Hashable": ["Equatable"], "Strideable": ["Comparable"],
        ]
        func all(_ p: String) -> Set<String> { direct[p, default: []].reduce(into: []) { $0.insert($1); $0.formUnion(all($1)) } }
        return Dictionary(uniqueKeysWithValues: numberProtocols.map { ($0, all($0)) })
    }()

    /// Whether the number protocol `p` refines `q` (`BinaryFloatingPoint` refines `Numeric`).
    static func refines(_ p: String, _ q: String) -> Bool { refinements[p]?.contains(q) ?? false }

    /// The kinds and type arguments of `type`: an array, dictionary, set, string or range as a
    /// collection, and a number, text or `Bool` as a scalar (a string is both).
    static func specialisations(_ type: SType) -> [(EveryGeneric, [SType])] {
        switch type {
        case .array(let e): [(kinds[0], [e])]
        case .dictionary(let k, let v): [(kinds[1], [k, v])]
        case .string: [(kinds[2], [.character]), (kinds[6], [type])]
        case .set(let e): [(kinds[3], [e])]
        case .range(let closed): [(kinds[closed ? 5 : 4], [.int])]
        // A native type is a scalar if it conforms to the protocol extended (`Float`, `UInt8`, …).
        case .int, .double, .character, .bool, .native: [(kinds[6], [type])]
        default: []
        }
    }

    /// The specialisation with `arguments`.
    func make(_ arguments: [SType]) -> SType {
        switch name {
        case "Array": .array(arguments[0])
        case "Dictionary": .dictionary(arguments[0], arguments[1])
        case "Set": .set(arguments[0])
        case "Range as a collection": .range(closed: false)
        case "ClosedRange as a collection": .range(closed: true)
        case "Scalar type": arguments[0]
        default: .string
        }
    }

    /// The type arguments by parameter name.
    func bindings(_ arguments: [SType]) -> [String: SType] {
        Dictionary(uniqueKeysWithValues: zip(parameters, arguments))
    }
}

extension Compiler {
    /// Whether `e` is `extension RandomNumberGenerator { … }`.
    func isGeneratorExtension(_ e: ExtensionDeclSyntax) -> Bool {
        e.extendedType.trimmedDescription == "RandomNumberGenerator"
    }

    /// The declarations giving the note's random-number generators (its structs conforming to
    /// `RandomNumberGenerator`) the members of `extension RandomNumberGenerator { … }`, as Swift's
    /// protocol extension gives them to every conforming type: this block's extensions to the
    /// generators declared before it, and every such extension so far to those `declared` here.
    func generatorExtensionDeclarations(_ decls: [DeclSyntax], declared: [TypeDeclaration]) throws -> [TypeDeclaration] {
        let new = decls.compactMap { $0.as(ExtensionDeclSyntax.self) }.filter(isGeneratorExtension)
        if let clause = new.compactMap(\.genericWhereClause).first {
            throw unsupported(clause, "'where' clauses on extensions of 'RandomNumberGenerator'")
        }
        let earlier = globalScope.generatorExtensions
        globalScope.generatorExtensions += new
        let isNew = Set(declared.map { ObjectIdentifier($0.type) })
        // (A class generator draws nothing here: see `randomDraw`.)
        let before = new.isEmpty ? [] : globalScope.types.values.filter {
            !isNew.contains(ObjectIdentifier($0)) && $0.conformances.contains("RandomNumberGenerator") && !$0.isClass
        }.sorted { $0.name < $1.name }
        let adopting = declared.filter { d in
            !d.syntax.is(ClassDeclSyntax.self)
                && d.syntax.inheritanceClause?.inheritedTypes.contains { $0.type.trimmedDescription == "RandomNumberGenerator" } == true
        }.map(\.type)
        extended += before.map { TypeSnapshot(of: $0) }
        // Optim's `RandomGenerator` has them too, as an extension of its own.
        let optim = bindings.types["RandomGenerator"].map { g in new.map { builtinExtension($0, of: .native(g)) } } ?? []
        return before.flatMap { t in new.map { TypeDeclaration(syntax: $0, type: t, nested: []) } }
            + adopting.flatMap { t in (earlier + new).map { TypeDeclaration(syntax: $0, type: t, nested: []) } } + optim
    }
}
