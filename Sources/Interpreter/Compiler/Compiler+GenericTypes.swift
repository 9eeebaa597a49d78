import SwiftSyntax

/// A generic struct, enum or class declared in a note (`struct Stack<Element>`), compiled once per
/// list of type arguments as a type of its own named as Swift prints it (`Stack<Int>`).
final class GenericType {
    /// The declaration.
    let syntax: any DeclGroupSyntax
    /// Its generic parameters.
    let parameters: GenericParameterClauseSyntax
    /// The scope it was declared in, where its specialisations compile.
    let scope: Scope
    /// The extensions declared for it, compiled into every specialisation.
    var extensions: [ExtensionDeclSyntax] = []
    /// Its specialisations by type arguments (`"Int"`), with those arguments.
    var instances: [String: (type: StructType, arguments: [SType])] = [:]

    /// A generic type declared by `syntax` in `scope`.
    init(syntax: any DeclGroupSyntax, parameters: GenericParameterClauseSyntax, scope: Scope) {
        self.syntax = syntax
        self.parameters = parameters
        self.scope = scope
    }

    /// The names of its generic parameters.
    var parameterNames: [String] { parameters.parameters.map(\.name.text) }

    /// The type arguments of `t`, if it is one of the specialisations.
    func arguments(of t: StructType) -> [SType]? { instances.values.first { $0.type === t }?.arguments }
}

extension Compiler {
    /// The generic parameter clause of a struct, enum or class declaration, if it has one.
    func genericParameters(of d: DeclSyntax) -> GenericParameterClauseSyntax? {
        d.as(StructDeclSyntax.self)?.genericParameterClause ?? d.as(EnumDeclSyntax.self)?.genericParameterClause
            ?? d.as(ClassDeclSyntax.self)?.genericParameterClause
    }

    /// The specialisation of the generic type `template` for `arguments`, declared and compiled on
    /// first use: its generic parameters stand for the arguments, and its own name for itself.
    func specialize(_ template: StructType, _ arguments: [SType], _ node: some SyntaxProtocol) throws -> StructType {
        guard let g = template.generic else { return template }
        // A protocol's `Self` in an extension compiled for a conforming type is that type (`Box<Self>` is `Box<Sq>`).
        let arguments = arguments.map { argument -> SType in
            if case .structure(let view) = argument, let opened = view.opened { .structure(opened) } else { argument }
        }
        let names = g.parameterNames
        guard arguments.count == names.count else {
            throw error(node, "generic type '\(template.name)' specialized with \(arguments.count < names.count ? "too few" : "too many") type parameters (got \(arguments.count), but expected \(names.count))")
        }
        let key = arguments.map(\.description).joined(separator: ", ")
        if let done = g.instances[key] { return done.type }
        let kind = g.syntax.is(ClassDeclSyntax.self) ? "class" : g.syntax.is(EnumDeclSyntax.self) ? "enum" : "struct"
        for (p, type) in zip(g.parameters.parameters, arguments) {
            guard let constraint = p.inheritedType else { continue }
            for name in constraint.trimmedDescription.components(separatedBy: "&").map({ $0.trimmingCharacters(in: .whitespaces) })
            where try !satisfies(type, name, constraint) {
                throw error(node, "generic \(kind) '\(template.name)' requires that '\(type)' conform to '\(name)'")
            }
        }
        let t = StructType(name: "\(template.name)<\(key)>")
        t.specialisation = (template, arguments)
        t.module = template.module
        if kind == "enum" { t.cases = [] }
        if kind == "class" {
            t.isClass = true
            t.isFinal = g.syntax.modifiers.contains { $0.name.tokenKind == .keyword(.final) }
        }
        g.instances[key] = (t, arguments)
        do {
            try withTypeArguments(g, t, arguments) {
                let nested = typeDeclarations(g.syntax.memberBlock.members.map(\.decl), outer: t) { t.nested[$0] = $1 }
                let declarations = try [TypeDeclaration(syntax: g.syntax, type: t, nested: nested)]
                    + g.extensions.filter { try unmetRequirement($0.genericWhereClause, Dictionary(uniqueKeysWithValues: zip(names, arguments))) == nil }.map { TypeDeclaration(syntax: $0, type: t, nested: []) }
                try compileDeclarations(declarations)
            }
        } catch {
            g.instances[key] = nil
            throw error
        }
        return t
    }

    /// Adds `extension Stack { … }` to the generic type `template`: to the specialisations made
    /// so far, and to those made later.
    func extendGeneric(_ template: StructType, _ e: ExtensionDeclSyntax) throws {
        guard let g = template.generic else { return }
        g.extensions.append(e)
        for (t, arguments) in g.instances.values {
            extended.append(TypeSnapshot(of: t))
            try withTypeArguments(g, t, arguments) {
                guard try unmetRequirement(e.genericWhereClause, Dictionary(uniqueKeysWithValues: zip(g.parameterNames, arguments))) == nil else { return }
                try compileDeclarations([TypeDeclaration(syntax: e, type: t, nested: [])])
            }
        }
    }

    /// The first requirement of a constrained extension (`where Element: Comparable`, `where
    /// Failure == any Error`) that the type arguments `arguments` (by generic parameter name)
    /// do not meet, as swiftc words it (`that 'P' conform to 'Comparable'`); nil when they meet
    /// them all. An extension whose requirements are not met adds nothing to that specialisation.
    /// With `owner`, the arguments are that type's associated types, which swiftc names through
    /// it (`'String.Element' (aka 'Character')`).
    func unmetRequirement(_ clause: GenericWhereClauseSyntax?, _ arguments: [String: SType], owner: String? = nil) throws -> String? {
        guard let clause else { return nil }
        let saved = scope
        scope = Scope(parent: saved, function: saved.function)
        for (name, type) in arguments { scope.aliases[name] = type }
        defer { scope = saved }
        for requirement in clause.requirements {
            switch requirement.requirement {
            case .conformanceRequirement(let r):
                let type = try resolveType(r.leftType)
                for name in r.rightType.trimmedDescription.components(separatedBy: "&").map({ $0.trimmingCharacters(in: .whitespaces) })
                where try !satisfies(type, name, r.rightType) {
                    let parameter = r.leftType.trimmedDescription
                    let spelled = owner.flatMap { arguments[parameter] != nil ? "'\($0).\(parameter)' (aka '\(type)')" : nil } ?? "'\(type)'"
                    return "that \(spelled) conform to '\(name)'"
                }
            case .sameTypeRequirement(let r):
                guard let left = r.leftType.as(TypeSyntax.self), let right = r.rightType.as(TypeSyntax.self) else {
                    throw unsupported(requirement, "value requirements")
                }
                let (l, rt) = (try resolveType(left), try resolveType(right))
                if l.description != rt.description { return "the types '\(l)' and '\(rt)' be equivalent" }
            case .layoutRequirement: throw unsupported(requirement, "layout requirements")
            }
        }
        return nil
    }

    /// swiftc's error for the member `name` of a constrained extension among `extensions`, used
    /// on a specialisation whose type arguments do not meet the extension's requirements; nil
    /// when no such extension declares `name`. With `owner`, as for `unmetRequirement(_:_:owner:)`.
    func unmetRequirement(of name: String, in extensions: [ExtensionDeclSyntax], _ arguments: [String: SType], owner: String? = nil,
                          _ node: some SyntaxProtocol) throws -> InterpreterError? {
        try unmetRequirement(of: name, in: extensions, node) { try unmetRequirement($0.genericWhereClause, arguments, owner: owner) }
    }

    /// swiftc's error for the member `name` of one of `extensions` whose requirements are not
    /// met (`unmet` says what fails, nil if nothing does); nil if there is none.
    private func unmetRequirement(of name: String, in extensions: [ExtensionDeclSyntax], _ node: some SyntaxProtocol,
                                  _ unmet: (ExtensionDeclSyntax) throws -> String?) throws -> InterpreterError? {
        for e in extensions where declares(e, name) {
            guard let unmet = try unmet(e) else { continue }
            let fn = e.memberBlock.members.lazy.compactMap { $0.decl.as(FunctionDeclSyntax.self) }.first { $0.name.text == name }
            let what = fn.map { f in
                let labels = f.signature.parameterClause.parameters.map { ($0.firstName.tokenKind == .wildcard ? "_" : $0.firstName.text) + ":" }
                return "referencing instance method '\(name)(\(labels.joined()))' on '\(e.extendedType.trimmedDescription)'"
            } ?? "property '\(name)'"
            return error(node, "\(what) requires \(unmet)")
        }
        return nil
    }

    /// swiftc's error for the member `name` of a constrained extension of a generic type of the
    /// note (or of a protocol it conforms to), used on a specialisation `t` (a conforming type)
    /// that does not meet its requirements; nil otherwise.
    func unmetRequirement(of name: String, on t: StructType, _ node: some SyntaxProtocol) throws -> InterpreterError? {
        // A constrained extension of a protocol `t` conforms to.
        for p in t.allProtocols {
            let extensions = p.protocolInfo?.viewExtensions ?? []
            if let unmet = try unmetRequirement(of: name, in: extensions, node, { try unmetRequirement($0.genericWhereClause, openedTo: t) }) {
                return unmet
            }
        }
        guard let (template, arguments) = t.specialisation, let g = template.generic else { return nil }
        return try unmetRequirement(of: name, in: g.extensions, Dictionary(uniqueKeysWithValues: zip(g.parameterNames, arguments)), node)
    }

    /// Whether the extension `e` declares a method or property named `name`.
    func declares(_ e: ExtensionDeclSyntax, _ name: String) -> Bool {
        memberNames(of: e).contains(name)
    }

    /// The names of the methods and properties the extension `e` declares.
    func memberNames(of e: ExtensionDeclSyntax) -> [String] {
        e.memberBlock.members.flatMap { member -> [String] in
            if let fn = member.decl.as(FunctionDeclSyntax.self) { return [fn.name.text] }
            return member.decl.as(VariableDeclSyntax.self)?.bindings.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text } ?? []
        }
    }

    /// Declares and compiles the members of `declarations`, as `hoist` does for a block's types.
    func compileDeclarations(_ declarations: [TypeDeclaration]) throws {
        for d in declarations { try declareCases(d) }
        for d in declarations { try declareMembers(d) }
        for d in try declarations + conform(declarations) { try compileMembers(d) }
    }

    /// Runs `body` in `g`'s declaring scope where its generic parameters stand for `arguments` and
    /// its bare name for the specialisation `t` (see `resolveType`), with no enclosing loop, `try`
    /// or handler.
    func withTypeArguments(_ g: GenericType, _ t: StructType, _ arguments: [SType], _ body: () throws -> Void) throws {
        let saved = (scope, targets, tryDepth, handlerDepth)
        scope = Scope(parent: g.scope, function: g.scope.function)
        for (name, type) in zip(g.parameterNames, arguments) { scope.aliases[name] = type }
        if let name = g.syntax.asProtocol(NamedDeclSyntax.self)?.name.text { scope.aliases[name] = .structure(t) }
        (targets, tryDepth, handlerDepth) = ([], 0, 0)
        defer { (scope, targets, tryDepth, handlerDepth) = saved }
        try body()
    }

    /// The specialisation of the generic type `template` whose static method or enum case `name`
    /// the arguments `args` call (`Stats.of([1.0, 2])` is `Stats<Double>.of`, `W.some(3)` a
    /// `W<Int>`), its type arguments inferred from the method's parameters (the case's associated
    /// values), or from the context for one returning `Self` or the bare type; nil when
    /// `template` is not generic or has no such method or case.
    func staticMethodSpecialization(_ template: StructType, _ name: String, _ args: [Argument], expected: SType?,
                                    _ node: FunctionCallExprSyntax) throws -> StructType? {
        guard let g = template.generic else { return nil }
        let members = ([g.syntax.memberBlock] + g.extensions.map(\.memberBlock)).flatMap(\.members)
        // A static method's parameters, or an enum case's associated values (`W.some(3)`).
        let parameterTypes: [TypeSyntax]
        if let fn = members.compactMap({ $0.decl.as(FunctionDeclSyntax.self) })
            .first(where: { $0.name.text == name && $0.modifiers.contains { $0.name.tokenKind == .keyword(.static) } }) {
            parameterTypes = fn.signature.parameterClause.parameters.map(\.type)
        } else if let element = members.compactMap({ $0.decl.as(EnumCaseDeclSyntax.self) }).flatMap(\.elements).first(where: { $0.name.text == name }),
                  let clause = element.parameterClause {
            parameterTypes = clause.parameters.map(\.type)
        } else {
            return nil
        }
        if case .structure(let t)? = expected, g.arguments(of: t) != nil { return t }
        let names = g.parameterNames
        var bound: [String: SType] = [:]
        for (p, a) in zip(parameterTypes, args) {
            if let actual = try? expression(a.expression).type { unify(p, actual, Set(names), &bound) }
        }
        guard names.allSatisfy({ bound[$0] != nil }) else {
            throw error(node, "generic parameter '\(names.first { bound[$0] == nil }!)' could not be inferred")
        }
        return try specialize(template, names.map { bound[$0]! }, node)
    }

    /// The specialisation a use of the generic type `template` without type arguments means:
    /// the one the context expects, or the one its initialiser's arguments infer
    /// (`Stack(items: [1, 2])` is a `Stack<Int>`).
    func inferredSpecialization(_ template: StructType, _ args: [Argument], expected: SType?,
                                _ node: FunctionCallExprSyntax) throws -> StructType {
        guard let g = template.generic else { return template }
        // In the type's own members, its bare name is the specialisation they compile for
        // (`Pair(a: 0, b: 0)` in `Pair<T>` is a `Pair<T>`), as in Swift.
        var s: Scope? = scope
        while let current = s {
            if let t = current.function.selfType, t.specialisation?.template === template { return t }
            s = current.parent
        }
        if case .structure(let t)? = expected, g.arguments(of: t) != nil { return t }
        let names = g.parameterNames
        var bound: [String: SType] = [:]
        // The initialisers' parameter lists, the memberwise one first, each with the type
        // arguments its extension's `where Param == Type` requirements fix.
        var memberwise: [(label: String?, type: TypeSyntax)] = []
        var initializers: [(parameters: [(label: String?, type: TypeSyntax)], fixed: [(String, TypeSyntax)])] = []
        for (members, clause) in [(g.syntax.memberBlock.members, nil)] + g.extensions.map({ ($0.memberBlock.members, $0.genericWhereClause) }) {
            var fixed: [(String, TypeSyntax)] = []
            for r in clause?.requirements ?? [] {
                if case .sameTypeRequirement(let same) = r.requirement, let left = same.leftType.as(IdentifierTypeSyntax.self),
                   names.contains(left.name.text), let right = same.rightType.as(TypeSyntax.self) {
                    fixed.append((left.name.text, right))
                }
            }
            for member in members.map(\.decl) {
                if let v = member.as(VariableDeclSyntax.self), clause == nil {
                    let bindings = Array(v.bindings)
                    for (i, b) in bindings.enumerated() where b.accessorBlock == nil {
                        // `var a, b: T`: a name without a type takes the next one's.
                        let annotation = b.typeAnnotation ?? (b.initializer == nil ? bindings[(i + 1)...].lazy.compactMap(\.typeAnnotation).first : nil)
                        if let id = b.pattern.as(IdentifierPatternSyntax.self), let type = annotation?.type {
                            memberwise.append((id.identifier.text, type))
                        }
                    }
                } else if let i = member.as(InitializerDeclSyntax.self) {
                    let parameters = i.signature.parameterClause.parameters.map { p in
                        (label: p.firstName.tokenKind == .wildcard ? nil : p.firstName.text, type: p.type)
                    }
                    initializers.append((parameters, fixed))
                }
            }
        }
        // The initialiser the arguments' labels choose (a trailing closure takes any label).
        let chosen = ([(memberwise, [])] + initializers).first { candidate in
            var remaining = candidate.parameters[...]
            for a in args {
                guard let i = remaining.firstIndex(where: { a.isTrailingClosure || $0.label == a.label }) else { return false }
                remaining = remaining[(i + 1)...]
            }
            return true
        }
        for a in args {
            let parameters = chosen?.parameters ?? memberwise
            guard let p = parameters.first(where: { $0.label == a.label }) ?? (a.isTrailingClosure ? parameters.last : nil),
                  let actual = try? expression(a.expression).type else { continue }
            unify(p.type, actual, Set(names), &bound)
        }
        for (name, type) in chosen?.fixed ?? [] where bound[name] == nil {
            bound[name] = try resolveType(type)
        }
        if let missing = names.first(where: { bound[$0] == nil }) {
            // Inside the type's own declaration, its bare name is the specialisation being compiled.
            if case .structure(let inner)? = scope.lookupAlias(template.name) { return inner }
            throw error(node, "generic parameter '\(missing)' could not be inferred")
        }
        return try specialize(template, names.map { bound[$0]! }, node)
    }
}

extension Compiler {
    /// The standard library's generic types that are written in Swift here, as a note would.
    static let standardTypes = """
        enum Result<Success, Failure: Error> {
            case success(Success)
            case failure(Failure)

            func get() throws -> Success {
                switch self {
                case .success(let value): return value
                case .failure(let error): throw error
                }
            }

            func map<NewSuccess>(_ transform: (Success) -> NewSuccess) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let value): return .success(transform(value))
                case .failure(let error): return .failure(error)
                }
            }

            func flatMap<NewSuccess>(_ transform: (Success) -> Result<NewSuccess, Failure>) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let value): return transform(value)
                case .failure(let error): return .failure(error)
                }
            }

            func mapError<NewFailure: Error>(_ transform: (Failure) -> NewFailure) -> Result<Success, NewFailure> {
                switch self {
                case .success(let value): return .success(value)
                case .failure(let error): return .failure(transform(error))
                }
            }

            func flatMapError<NewFailure: Error>(_ transform: (Failure) -> Result<Success, NewFailure>) -> Result<Success, NewFailure> {
                switch self {
                case .success(let value): return .success(value)
                case .failure(let error): return transform(error)
                }
            }
        }

        extension Result: Equatable where Success: Equatable, Failure: Equatable {}

        extension Result where Failure == any Error {
            init(catching body: () throws -> Success) {
                do {
                    self = .success(try body())
                } catch {
                    self = .failure(error)
                }
            }
        }

        struct Hasher {
            var _combined: [Int] = []

            init() {}

            mutating func combine<H: Hashable>(_ value: H) {
                _combined.append(value.hashValue)
            }

            func finalize() -> Int { _combined.hashValue }
        }

        struct AnyIterator<Element>: Sequence, IteratorProtocol {
            var _next: () -> Element?

            init(_ body: @escaping () -> Element?) { _next = body }

            mutating func next() -> Element? { _next() }
        }

        struct AnySequence<Element>: Sequence {
            var _makeIterator: () -> AnyIterator<Element>

            func makeIterator() -> AnyIterator<Element> { _makeIterator() }
        }

        struct KeyValuePairs<Key, Value>: Sequence, IteratorProtocol, CustomStringConvertible, CustomDebugStringConvertible {
            var _elements: [(key: Key, value: Value)]
            var _position = 0

            var count: Int { _elements.count }
            var isEmpty: Bool { _elements.isEmpty }
            var startIndex: Int { 0 }
            var endIndex: Int { _elements.count }
            var first: (key: Key, value: Value)? { _elements.first }
            subscript(position: Int) -> (key: Key, value: Value) { _elements[position] }

            mutating func next() -> (key: Key, value: Value)? {
                guard _position < _elements.count else { return nil }
                _position += 1
                return _elements[_position - 1]
            }

            var description: String {
                _elements.isEmpty ? "[:]" : "[" + _elements.map { String(reflecting: $0.key) + ": " + String(reflecting: $0.value) }.joined(separator: ", ") + "]"
            }
            var debugDescription: String { description }
        }
        """

    /// Declares `standardTypes`, and the aliases `Float32` and `Float64`, in the session's top-level scope.
    func declareStandardTypes() {
        // The standard library's `typealias Float32 = Float` and `typealias Float64 = Double`.
        globalScope.aliases["Float32"] = floatType
        globalScope.aliases["Float64"] = .double
        let decls = Parsing.tree(Self.standardTypes).statements.compactMap { item -> DeclSyntax? in
            if case .decl(let d) = item.item { return d }
            return nil
        }
        let declared = typeDeclarations(decls) { name, type in
            type.module = "Swift."
            globalScope.types[name] = type
        }
        // The types that are not generic (`Hasher`) compile now; their source is fixed, so cannot fail.
        do {
            for d in declared { try declareMembers(d) }
            for d in declared { try compileMembers(d) }
        } catch {
            assertionFailure("the standard types failed to compile: \(error)")
        }
        for e in decls.compactMap({ $0.as(ExtensionDeclSyntax.self) }) {
            guard let template = globalScope.types[e.extendedType.trimmedDescription] else { continue }
            // An extension of a type without specialisations compiles nothing yet, so cannot fail.
            try? extendGeneric(template, e)
        }
    }
}
