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
        if kind == "enum" { t.cases = [] }
        if kind == "class" {
            t.isClass = true
            t.isFinal = g.syntax.modifiers.contains { $0.name.tokenKind == .keyword(.final) }
        }
        g.instances[key] = (t, arguments)
        do {
            try withTypeArguments(g, t, arguments) {
                let nested = typeDeclarations(g.syntax.memberBlock.members.map(\.decl), outer: t) { t.nested[$0] = $1 }
                let declarations = [TypeDeclaration(syntax: g.syntax, type: t, nested: nested)]
                    + g.extensions.map { TypeDeclaration(syntax: $0, type: t, nested: []) }
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
        if let w = e.genericWhereClause { throw unsupported(w, "'where' clauses on extensions of generic types") }
        g.extensions.append(e)
        for (t, arguments) in g.instances.values {
            extended.append(TypeSnapshot(of: t))
            try withTypeArguments(g, t, arguments) {
                try compileDeclarations([TypeDeclaration(syntax: e, type: t, nested: [])])
            }
        }
    }

    /// Declares and compiles the members of `declarations`, as `hoist` does for a block's types.
    func compileDeclarations(_ declarations: [TypeDeclaration]) throws {
        for d in declarations { try declareCases(d) }
        for d in declarations { try declareMembers(d) }
        for d in declarations { try bindConformances(d) }
        for d in declarations { try compileMembers(d) }
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

    /// The specialisation a use of the generic type `template` without type arguments means:
    /// the one the context expects, or the one its initialiser's arguments infer
    /// (`Stack(items: [1, 2])` is a `Stack<Int>`).
    func inferredSpecialization(_ template: StructType, _ args: [Argument], expected: SType?,
                                _ node: FunctionCallExprSyntax) throws -> StructType {
        guard let g = template.generic else { return template }
        if case .structure(let t)? = expected, g.arguments(of: t) != nil { return t }
        let names = g.parameterNames
        var bound: [String: SType] = [:]
        var parameters: [(label: String?, type: TypeSyntax)] = []
        for member in g.syntax.memberBlock.members.map(\.decl) {
            if let v = member.as(VariableDeclSyntax.self) {
                for b in v.bindings where b.accessorBlock == nil {
                    if let id = b.pattern.as(IdentifierPatternSyntax.self), let type = b.typeAnnotation?.type {
                        parameters.append((id.identifier.text, type))
                    }
                }
            } else if let i = member.as(InitializerDeclSyntax.self) {
                for p in i.signature.parameterClause.parameters {
                    parameters.append((p.firstName.tokenKind == .wildcard ? nil : p.firstName.text, p.type))
                }
            }
        }
        for a in args {
            guard let p = parameters.first(where: { $0.label == a.label }), let actual = try? expression(a.expression).type else { continue }
            unify(p.type, actual, Set(names), &bound)
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
        }
        """

    /// Declares `standardTypes` in the session's top-level scope.
    func declareStandardTypes() {
        let decls = Parsing.tree(Self.standardTypes).statements.compactMap { item -> DeclSyntax? in
            if case .decl(let d) = item.item { return d }
            return nil
        }
        _ = typeDeclarations(decls) { globalScope.types[$0] = $1 }
    }
}
