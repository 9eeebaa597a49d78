import SwiftSyntax

/// A generic function or method declared in a note (`func largest<T: Comparable>(_ xs: [T]) -> T?`),
/// compiled once per list of type arguments its calls infer, as Swift's specialisation would.
final class GenericFunction {
    /// The declaration.
    let syntax: FunctionDeclSyntax
    /// The scope it was declared in, where its specialisations compile.
    let scope: Scope
    /// For a method, the type it belongs to.
    let selfType: StructType?
    /// For a function declared inside a function or closure, its binding there, whose value (set
    /// as the declaration runs) carries the frame its specialisations capture.
    var local: Binding?
    /// Its specialisations by type arguments (`"Int, Double"`). A protocol's requirement's are
    /// the code its calls dispatch on, which each conforming type overrides with its own
    /// method's specialisation (see `requirementInstance`).
    var instances: [String: (signature: Signature, code: FunctionCode)] = [:]
    /// For a protocol's requirement, the type arguments of each of its `instances`, by key.
    var instanceTypes: [String: [SType]] = [:]

    /// A generic function declared by `syntax` in `scope`, a method of `selfType` if given.
    init(syntax: FunctionDeclSyntax, scope: Scope, selfType: StructType? = nil) {
        self.syntax = syntax
        self.scope = scope
        self.selfType = selfType
    }

    /// The key of its specialisation for `types`, those of the generic parameters in `slices`
    /// standing for slices: `"Int, [Double]; C: slice"`.
    static func instanceKey(_ types: [SType], slices: Set<String> = []) -> String {
        types.map(\.description).joined(separator: ", ") + slices.sorted().map { "; \($0): slice" }.joined()
    }

    /// Whether it is a requirement of a protocol of the note (`func draw<G: RandomNumberGenerator>(using g: inout G) -> Int`),
    /// which has no body: a call runs the receiver's dynamic type's method.
    var isRequirement: Bool { syntax.body == nil && selfType?.isProtocol == true }
    /// Its name, argument labels (`_` for none) and number of generic parameters, which a
    /// method implementing it as a requirement shares (`draw(using:)<1>`).
    var shape: String {
        syntax.name.text + "(" + syntax.signature.parameterClause.parameters.map { $0.firstName.text + ":" }.joined() + ")<\(parameterNames.count)>"
    }
    /// For a protocol's requirement, the generic method of the protocol's extension that
    /// implements it for conforming types that declare none.
    var defaultImplementation: GenericFunction? { selfType?.protocolInfo?.genericDefaults[shape] }

    /// Whether it is a `mutating` method.
    var isMutating: Bool { syntax.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) } }
    /// Whether it is a `static` (or a class's `class`) method.
    var isStatic: Bool { syntax.modifiers.contains { [.keyword(.static), .keyword(.class)].contains($0.name.tokenKind) } }

    /// The names of its generic parameters, then those its opaque parameter types declare.
    var parameterNames: [String] {
        (syntax.genericParameterClause?.parameters.map(\.name.text) ?? []) + Self.opaqueParameters(of: syntax).map(Self.opaqueName)
    }

    /// The parameter types of `fn` that are opaque types of a standard protocol (`some
    /// Collection<Double>`, `some BinaryFloatingPoint`, `inout some RandomNumberGenerator`), or
    /// `inout` ones of any protocol: each an implicit generic parameter of the function, as Swift
    /// declares them. (Another `some Shape` of a protocol of the note is that protocol's
    /// existential here, as `<T: Shape>` is.)
    static func opaqueParameters(of fn: FunctionDeclSyntax) -> [SomeOrAnyTypeSyntax] {
        fn.signature.parameterClause.parameters.compactMap { p in
            let attributed = p.type.as(AttributedTypeSyntax.self)
            guard let opaque = (attributed?.baseType ?? p.type).as(SomeOrAnyTypeSyntax.self), opaque.someOrAnySpecifier.tokenKind == .keyword(.some),
                  let name = opaque.constraint.as(IdentifierTypeSyntax.self)?.name.text,
                  // (`inout some P` takes the argument's own type, which an existential cannot.)
                  Compiler.standardProtocols.contains(name) || name == "RandomNumberGenerator" || attributed != nil
            else { return nil }
            return opaque
        }
    }

    /// The name of the implicit generic parameter an opaque parameter type declares (`some
    /// Collection<Double>`), unique in its function.
    static func opaqueName(_ t: SomeOrAnyTypeSyntax) -> String { "\(t.trimmedDescription)@\(t.position.utf8Offset)" }

    /// Whether `fn` is generic: it declares generic parameters, or takes an opaque parameter.
    static func isGeneric(_ fn: FunctionDeclSyntax) -> Bool {
        fn.genericParameterClause != nil || !opaqueParameters(of: fn).isEmpty
    }
}

extension Compiler {
    /// Whether `fn` is generic in a way that its existential form (`<T: Shape>`, see
    /// `withGenericParameters`) cannot express, so it is specialised for each call instead.
    func isSpecialized(_ fn: FunctionDeclSyntax) -> Bool {
        if !GenericFunction.opaqueParameters(of: fn).isEmpty { return true }
        guard let clause = fn.genericParameterClause else { return false }
        // An opaque result (`-> some R`) is one type for each type argument (`Scaled<One>`).
        if let result = fn.signature.returnClause?.type,
           result.tokens(viewMode: .sourceAccurate).contains(where: { $0.tokenKind == .keyword(.some) }) {
            return true
        }
        if fn.genericWhereClause != nil { return true }
        // An `inout S` parameter takes the caller's variable of its own type, not an existential.
        let names = Set(clause.parameters.map(\.name.text))
        let takesInout = fn.signature.parameterClause.parameters.contains { p in
            guard let attributed = p.type.as(AttributedTypeSyntax.self),
                  attributed.specifiers.contains(where: { $0.as(SimpleTypeSpecifierSyntax.self)?.specifier.tokenKind == .keyword(.inout) }),
                  let base = attributed.baseType.as(IdentifierTypeSyntax.self) else { return false }
            return names.contains(base.name.text)
        }
        if takesInout { return true }
        // `Box<T>` of a generic type of the note is no `Box<any P>`: each call's `Box<P>` specialises.
        let ofGenericType = (fn.signature.parameterClause.parameters.map(\.type) + [fn.signature.returnClause?.type].compactMap { $0 }).contains { type in
            type.tokens(viewMode: .sourceAccurate).contains { token in
                guard let id = token.parent?.as(IdentifierTypeSyntax.self), id.name == token, let arguments = id.genericArgumentClause,
                      !["Array", "Dictionary", "Set", "Optional"].contains(id.name.text) else { return false }
                return arguments.tokens(viewMode: .sourceAccurate).contains { names.contains($0.text) }
            }
        }
        if ofGenericType { return true }
        // A result of the type argument (`-> T`, `-> [T]`, `-> (rank: Int, item: T)?`) is the caller's
        // own type, not an existential: `largest(squares)!.side`.
        if let result = fn.signature.returnClause?.type, result.tokens(viewMode: .sourceAccurate).contains(where: { names.contains($0.text) }) {
            return true
        }
        return clause.parameters.contains { p in
            guard let constraint = p.inheritedType, case .structure(let t)? = try? resolveType(constraint) else { return true }
            // A protocol with associated types is no existential type here: its uses specialise.
            // Nor is one with static requirements: `T.zero` needs the type argument itself.
            return !(t.isProtocol || t.isClass) || !t.aliases.isEmpty || t.protocolInfo?.staticRequirements.isEmpty == false
        }
    }

    /// Compiles a call of a generic function: its type arguments are inferred from the arguments'
    /// types (and the type the context expects), checked against the constraints, and the
    /// function specialised for them. For a method, `receiver` is the value it is called on, and
    /// `place` where a mutating method's receiver is.
    func genericCall(_ g: GenericFunction, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?,
                     receiver: Typed? = nil, place: (() throws -> LValue)? = nil) throws -> Typed {
        let fn = g.syntax
        let (types, slices, _) = try inferredTypeArguments(g, args, c, expected: expected, receiver: receiver?.type)
        try refuseHiddenExtensionMembers(g, types, c)
        let (signature, code) = try g.isRequirement ? requirementInstance(g, types, c) : specialization(g, types, slices: slices)
        if let selfType = g.selfType {
            let method = StructType.Method(code: code, signature: signature, isMutating: g.isMutating, isStatic: g.isStatic)
            // `inout` arguments (`draw(using: &rng)`) are accessed for the call, as a method's are.
            var inouts: [(Int, LValue)] = []
            let arguments = try match(args, to: signature, c, name: fn.name.text) { inouts.append(($0, $1)) }
            try checkThrowingCall(signature, c)
            if g.isMutating, let place {
                return g.isRequirement ? dispatchMutating(method, place: try place(), arguments: arguments, inouts: inouts, at: at(c))
                    : invokeMutating(method, place: try place(), arguments: arguments, inouts: inouts, at: at(c))
            }
            let receiver = receiver ?? Typed(type: selfType.builtin ?? .structure(selfType)) { _ in .void }
            return try invokeMethod(method, receiver: receiver, arguments: arguments, inouts: inouts, at: at(c), dynamic: g.isRequirement)
        }
        var places: [(Int, LValue)] = []
        let arguments = try match(args, to: signature, c, name: fn.name.text) { places.append(($0, $1)) }
        try checkThrowingCall(signature, c)
        if let local = g.local {
            // The frame the declaration captured, with this specialisation's code.
            let (carrier, at) = (read(local), self.at(c))
            let callee: Code = { f in
                guard case .function(let declared) = try carrier(f) else {
                    throw InterpreterError(message: "function used before its declaration", at: at)
                }
                return .function(Callable(code: code, captured: declared.captured))
            }
            return Typed(type: signature.result, code: places.isEmpty ? invoke(callee, arguments, at: at)
                                                                      : invokeWritingBack(callee, arguments, places, at: at))
        }
        if !places.isEmpty {
            let callee = Value.function(Callable(code: code, captured: nil))
            return Typed(type: signature.result, code: invokeWritingBack({ _ in callee }, arguments, places, at: at(c)))
        }
        return Typed(type: signature.result, code: invokeTopLevel(code, arguments, at: at(c)))
    }

    /// The type arguments of a call of `g`, inferred from the arguments' types (and the type the
    /// context expects) and checked against its constraints, with its signature for them.
    func inferredTypeArguments(_ g: GenericFunction, _ args: [Argument], _ c: FunctionCallExprSyntax,
                               expected: SType?, receiver: SType? = nil) throws -> (types: [SType], slices: Set<String>, signature: Signature) {
        let fn = g.syntax
        let names = g.parameterNames
        var bound: [String: SType] = [:]
        // The context's type binds first, so that literal arguments take it (`let f: Float = midpoint(1, 4)`).
        // `Any` (`largest(xs) as Any`) converts any result, so it binds nothing.
        if let expected, !expected.containsAny, let result = fn.signature.returnClause?.type { unify(result, expected, Set(names), &bound) }
        // Number literals alone for a parameter `T` make it `Double` if one has a fraction or `T`
        // must be a floating-point type: `pair(1, 2.5)` is a pair of `Double`s, as Swift joins the
        // literals' types, and `half(3)` of `half<T: BinaryFloatingPoint>` halves a `Double`.
        var literals: [String: [ExprSyntax]] = [:]
        forEachArgument(of: fn, args) { p, e in
            // A range of literals for a `ClosedRange<T>` or `Range<T>` (`clamp(1.7, to: 0...1)`): its bounds.
            if let id = p.type.as(IdentifierTypeSyntax.self), ["ClosedRange", "Range"].contains(id.name.text),
               let t = id.genericArgumentClause?.arguments.first?.argument.as(IdentifierTypeSyntax.self)?.name.text, names.contains(t),
               let bounds = literalRangeBounds(e) {
                literals[t, default: []].append(contentsOf: bounds)
                return
            }
            // An array literal of number literals for a `[T]` (`mean([1, 2, 4])`): its elements.
            if let element = p.type.as(ArrayTypeSyntax.self)?.element.as(IdentifierTypeSyntax.self)?.name.text, names.contains(element),
               let array = e.as(ArrayExprSyntax.self), !array.elements.isEmpty {
                literals[element, default: []].append(contentsOf: array.elements.map(\.expression))
                return
            }
            let opaque = p.type.as(SomeOrAnyTypeSyntax.self).map(GenericFunction.opaqueName)
            guard let t = opaque ?? p.type.as(IdentifierTypeSyntax.self)?.name.text, names.contains(t) else { return }
            literals[t, default: []].append(e)
        }
        let floatingPoint = ["FloatingPoint", "BinaryFloatingPoint"]
        let floating = Set((fn.genericParameterClause?.parameters.filter { p in
            p.inheritedType.map { floatingPoint.contains($0.trimmedDescription) } ?? false
        }.map(\.name.text) ?? []) + GenericFunction.opaqueParameters(of: fn).filter {
            floatingPoint.contains($0.constraint.trimmedDescription)
        }.map(GenericFunction.opaqueName))
        // Arguments other than number literals bind first: `central(cube, at: 2, h: 0.01)` of a
        // `(Float) -> Float` `cube` is of `Float`s, its literals too.
        forEachArgument(of: fn, args) { p, e in
            guard !isBuiltOfNumberLiterals(e), literalRangeBounds(e) == nil, let actual = argumentType(e, p.type, names, bound, g) else { return }
            unify(p.type, actual, Set(names), &bound)
        }
        for (t, exprs) in literals where bound[t] == nil && exprs.allSatisfy({ isFloatLiteral($0) || isIntegerLiteral(.leaf($0)) })
            && (floating.contains(t) || exprs.contains(where: isFloatLiteral)) {
            bound[t] = .double
        }
        forEachArgument(of: fn, args) { p, e in
            if let actual = argumentType(e, p.type, names, bound, g) { unify(p.type, actual, Set(names), &bound) }
        }
        if let missing = names.first(where: { bound[$0] == nil }) {
            throw error(c, "generic parameter '\(missing)' could not be inferred")
        }
        try refuseUnopenableExistential(g, bound, c)
        try checkRequirements(g, bound, c.calledExpression, receiver: receiver)
        // A parameter of type `C` given a slice (`xs.prefix(2)`) takes it as the array it is held as.
        var slices: Set<String> = []
        forEachArgument(of: fn, args) { p, e in
            guard let name = p.type.as(IdentifierTypeSyntax.self)?.name.text, names.contains(name), case .array? = bound[name],
                  sliceArrayType(e) != nil else { return }
            slices.insert(name)
        }
        let signature = try withTypeArguments(names, bound, of: g, slices: slices) { try functionSignature(fn.signature, fn).0 }
        return (names.map { bound[$0]! }, slices, signature)
    }

    /// Refuses a call specialising `g` for a standard type (`types`, in order of its generic
    /// parameters) that has a member of the name of one its constraint's extensions declares
    /// beyond the protocol's requirements: in Swift's generic code the extension's answers (the
    /// protocol's view), in the specialisation the type's own would.
    func refuseHiddenExtensionMembers(_ g: GenericFunction, _ types: [SType], _ c: FunctionCallExprSyntax) throws {
        for (p, type) in zip(g.syntax.genericParameterClause?.parameters ?? [], types) {
            if case .structure = type { continue }
            if let constraint = p.inheritedType?.trimmedDescription, EveryGeneric.numberProtocols.contains(constraint) {
                try refuseHiddenExtensionMembers(g, type, constraint, c)
                continue
            }
            guard let constraint = p.inheritedType, case .structure(let q)? = try? resolveType(constraint), q.isProtocol else { continue }
            let requirements = q.allProtocols.reduce(q.protocolInfo?.requirements ?? []) { $0.union($1.protocolInfo?.requirements ?? []) }
            let provided = Set(([q] + q.allProtocols).flatMap { Array($0.methods.keys) + Array($0.computed.keys) }).subtracting(requirements)
            let own = Set(memberNames(of: type))
            let hidden = try provided.sorted().first { name in
                guard !own.contains(name) else { return true }
                let added = try extensionMembers(of: type, member: name)
                return added?.methods[name] != nil || added?.computed[name] != nil || added?.genericMethods[name] != nil
            }
            if let hidden {
                throw unsupported(c, "passing a '\(type)' to '\(g.syntax.name.text)', where Swift's generic code calls '\(hidden)' from the extension of '\(q.name)', not the type's own; give them different names")
            }
        }
    }

    /// Refuses a call specialising `g` for `type` through its standard protocol `constraint`
    /// (`T: FloatingPoint`) when a member that an extension of the protocol, or of one it refines,
    /// declares is also declared by an extension of the type (`extension Double`) or of a protocol
    /// refining the constraint that the type conforms to (`extension BinaryFloatingPoint`): Swift's
    /// generic code calls the constraint's, the specialisation would call the other.
    private func refuseHiddenExtensionMembers(_ g: GenericFunction, _ type: SType, _ constraint: String, _ c: FunctionCallExprSyntax) throws {
        guard let extensions = globalScope.types["extension Scalar type"]?.generic?.extensions else { return }
        func names(_ e: ExtensionDeclSyntax) -> [String] {
            e.memberBlock.members.flatMap { member -> [String] in
                if let fn = member.decl.as(FunctionDeclSyntax.self) { return [fn.name.text] }
                return member.decl.as(VariableDeclSyntax.self)?.bindings.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text } ?? []
            }
        }
        let visible = extensions.filter { e in
            let p = e.extendedType.trimmedDescription
            return p == constraint || EveryGeneric.refines(constraint, p)
        }
        var shadowing: [(declares: (String) -> Bool, extended: String)] = try extensions.filter { e in
            let p = e.extendedType.trimmedDescription
            return try EveryGeneric.refines(p, constraint) && satisfies(type, p, e.extendedType)
        }.map { e in ({ self.declares(e, $0) }, e.extendedType.trimmedDescription) }
        if let own = globalScope.types["extension \(type)"] { shadowing.append((own.declaresMember, "\(type)")) }
        for e in visible {
            for name in names(e) {
                guard let other = shadowing.first(where: { $0.declares(name) }) else { continue }
                throw unsupported(c, "passing a '\(type)' to '\(g.syntax.name.text)', where Swift's generic code calls '\(name)' from the extension of '\(e.extendedType.trimmedDescription)', not that of '\(other.extended)'; give them different names")
            }
        }
    }

    /// swiftc's error for an existential passed for a generic parameter (`wrap(e)` of an `e: any
    /// P`) that the result names inside a generic type of the note (`-> Box<T>`): Swift opens an
    /// existential for a call only where the result can be given back as an existential again.
    private func refuseUnopenableExistential(_ g: GenericFunction, _ bound: [String: SType], _ c: FunctionCallExprSyntax) throws {
        guard let result = g.syntax.signature.returnClause?.type else { return }
        for (name, type) in bound {
            guard case .structure(let p) = type, p.isProtocol, !p.isComposition else { continue }
            let nested = result.tokens(viewMode: .sourceAccurate).contains { token in
                guard token.text == name else { return false }
                var node = token.parent
                while let n = node, n.id != result.id {
                    if n.is(GenericArgumentClauseSyntax.self), let owner = n.parent?.as(IdentifierTypeSyntax.self),
                       !["Array", "Optional", "Dictionary", "Set"].contains(owner.name.text) {
                        return true
                    }
                    node = n.parent
                }
                return false
            }
            if nested { throw error(c.calledExpression, "type 'any \(p.name)' cannot conform to '\(p.name)'") }
        }
    }

    /// Calls `body` with each parameter of `fn` and each argument `args` gives it, in order (a
    /// variadic parameter's arguments one by one).
    private func forEachArgument(of fn: FunctionDeclSyntax, _ args: [Argument], _ body: (FunctionParameterSyntax, ExprSyntax) -> Void) {
        var next = 0
        for p in fn.signature.parameterClause.parameters where next < args.count {
            let label = p.firstName.tokenKind == .wildcard ? nil : p.firstName.text
            guard args[next].label == label || args[next].isTrailingClosure else { continue }
            repeat {
                body(p, args[next].expression)
                next += 1
            } while p.ellipsis != nil && next < args.count && args[next].label == nil && !args[next].isTrailingClosure
        }
    }

    /// The type of an argument for a parameter of type `pattern`, given the type arguments
    /// inferred so far; nil if it has none without them. A closure literal for a function
    /// parameter takes the parameter types known so far and infers its result (`map { $0 * 2 }`).
    private func argumentType(_ e: ExprSyntax, _ pattern: TypeSyntax, _ names: [String], _ bound: [String: SType],
                              _ g: GenericFunction) -> SType? {
        if let inner = e.as(InOutExprSyntax.self)?.expression { return try? expression(inner).type }
        let function = pattern.as(AttributedTypeSyntax.self)?.baseType.as(FunctionTypeSyntax.self) ?? pattern.as(FunctionTypeSyntax.self)
        if let function, let parameters = try? withTypeArguments(names, bound, of: g, { try function.parameters.map { try resolveType($0.type) } }) {
            if let c = e.as(ClosureExprSyntax.self) { return try? closure(c, parameters: parameters, result: nil).type }
            if let reference = try? functionReference(e, parameters: parameters, result: nil) { return reference.type }
        }
        // `\.name` for a `KeyPath<T, V>` whose root `T` is known: its value type binds `V`.
        if e.is(KeyPathExprSyntax.self), let id = pattern.as(IdentifierTypeSyntax.self), ["KeyPath", "WritableKeyPath"].contains(id.name.text),
           let root = id.genericArgumentClause?.arguments.first?.argument.as(TypeSyntax.self),
           let rootType = try? withTypeArguments(names, bound, of: g, { try resolveType(root) }) {
            return try? functionReference(e, parameters: [rootType], result: nil)?.type
        }
        let hint = (try? withTypeArguments(names, bound, of: g) { try resolveType(pattern) })
            ?? elementRequirement(pattern, of: g, names, bound).map(SType.array)
        // (A slice, which no array type is expected of, for a generic parameter: its array's type.)
        return (try? expression(e, expected: hint).type) ?? sliceArrayType(e)
    }

    /// The type of the array `e` is a slice of (`xs.prefix(2)`), compiled where a slice may stand;
    /// nil if it is no `ArraySlice`.
    private func sliceArrayType(_ e: ExprSyntax) -> SType? {
        let saved = sliceArgument
        sliceArgument = Syntax(e)
        defer { sliceArgument = saved }
        guard let typed = try? expression(e), typed.isArraySlice else { return nil }
        return typed.type
    }

    /// The element type `g` requires of the generic parameter `pattern` names (`C.Element ==
    /// Double`, `some Collection<Double>`), so that an array literal for it (`mean([1, 2])`)
    /// takes that element type, as in Swift.
    private func elementRequirement(_ pattern: TypeSyntax, of g: GenericFunction, _ names: [String],
                                    _ bound: [String: SType]) -> SType? {
        let element: TypeSyntax?
        if let opaque = pattern.as(SomeOrAnyTypeSyntax.self) {
            element = opaque.constraint.as(IdentifierTypeSyntax.self)?.genericArgumentClause?.arguments.first?.argument.as(TypeSyntax.self)
        } else if let name = pattern.as(IdentifierTypeSyntax.self)?.name.text, names.contains(name) {
            element = g.syntax.genericWhereClause?.requirements.lazy.compactMap { r -> TypeSyntax? in
                guard case .sameTypeRequirement(let same) = r.requirement,
                      same.leftType.trimmedDescription == "\(name).Element" else { return nil }
                return same.rightType.as(TypeSyntax.self)
            }.first
        } else {
            element = nil
        }
        guard let element else { return nil }
        return try? withTypeArguments(names, bound, of: g) { try resolveType(element) }
    }

    /// The bounds of `e` if it is a range of number literals (`0...1`, `0..<10`).
    private func literalRangeBounds(_ e: ExprSyntax) -> [ExprSyntax]? {
        guard let s = e.as(SequenceExprSyntax.self), s.elements.count == 3,
              let op = s.elements.dropFirst().first?.as(BinaryOperatorExprSyntax.self), ["...", "..<"].contains(op.operator.text),
              let lower = s.elements.first, let upper = s.elements.last,
              isBuiltOfNumberLiterals(lower), isBuiltOfNumberLiterals(upper) else { return nil }
        return [lower, upper]
    }

    /// The code a call of the protocol's generic requirement `g` for `types` dispatches on, made
    /// on first use: the protocol extension's default specialised, or code of no body, which
    /// every type conforming so far overrides with its method's specialisation for the same
    /// types (a type conforming later does so as it conforms, see `bindGenericRequirements`).
    private func requirementInstance(_ g: GenericFunction, _ types: [SType], _ c: FunctionCallExprSyntax) throws -> (signature: Signature, code: FunctionCode) {
        let key = GenericFunction.instanceKey(types)
        if let done = g.instances[key] { return done }
        let instance: (signature: Signature, code: FunctionCode)
        if let d = g.defaultImplementation {
            instance = try specialization(d, types)
        } else {
            let bound = Dictionary(uniqueKeysWithValues: zip(g.parameterNames, types))
            let signature = try withTypeArguments(g.parameterNames, bound, of: g) { try functionSignature(g.syntax.signature, g.syntax).0 }
            instance = (signature, FunctionCode(name: g.syntax.name.text, parameterCount: signature.parameters.count + 1))
        }
        (g.instances[key], g.instanceTypes[key]) = (instance, types)
        do {
            for t in g.selfType?.protocolInfo?.conformers ?? [] { try overrideRequirement(g, instance, types, for: t, at: c) }
        } catch {
            (g.instances[key], g.instanceTypes[key]) = (nil, nil)
            throw error
        }
        return instance
    }

    /// Makes `t`'s generic method implementing `g` (or the default) answer the calls of `g`'s
    /// specialisation `instance` for `types`, once its signature is checked to be the same.
    private func overrideRequirement(_ g: GenericFunction, _ instance: (signature: Signature, code: FunctionCode), _ types: [SType],
                                     for t: StructType, at node: some SyntaxProtocol) throws {
        guard let witness = witness(of: g, in: t) else { return }
        let (signature, code) = try specialization(witness, types)
        guard signature.parameterShape == instance.signature.parameterShape, signature.result.description == instance.signature.result.description,
              signature.throwing == instance.signature.throwing || !signature.throwing else {
            throw error(witness.syntax.name, "instance method '\(witness.syntax.name.text)' of '\(t.name)' does not match the requirement of protocol '\(g.selfType!.name)' for '\(types.map(\.description).joined(separator: ", "))'")
        }
        t.overrides[ObjectIdentifier(instance.code)] = code
    }

    /// The generic method of `t` (its own or inherited) that implements the requirement `g`: one
    /// of its name, labels and number of generic parameters; nil where `t` leaves it to the default.
    private func witness(of g: GenericFunction, in t: StructType) -> GenericFunction? {
        t.genericMethods[g.syntax.name.text]?.first { !$0.isRequirement && $0.shape == g.shape && $0.selfType !== g.selfType }
    }

    /// Checks that `t` implements the generic requirements of its protocols of the note (a
    /// generic method of the same labels and generic parameters, or the protocol extension's
    /// default), records it among their conforming types, and binds its specialisations for the
    /// calls compiled so far. `declaration` is where the conformance is declared, for errors.
    func bindGenericRequirements(of t: StructType, _ p: StructType, at declaration: Syntax) throws {
        let requirements = p.genericMethods.values.joined().filter(\.isRequirement)
        guard let info = p.protocolInfo, !requirements.isEmpty else { return }
        if !info.conformers.contains(where: { $0 === t }) {
            extended.append(TypeSnapshot(of: p))
            info.conformers.append(t)
        }
        for g in requirements {
            guard witness(of: g, in: t) != nil || g.defaultImplementation != nil else {
                throw error(declaration, "type '\(t.name)' does not conform to protocol '\(p.name)' (it lacks '\(g.syntax.name.text)')")
            }
            if t.builtin != nil { throw unsupported(declaration, "a standard type conforming to a protocol with generic method requirements") }
            for key in g.instances.keys.sorted() {
                try overrideRequirement(g, g.instances[key]!, g.instanceTypes[key]!, for: t, at: declaration)
            }
        }
    }

    /// The specialisation of `g` for `types`, compiled on first use.
    private func specialization(_ g: GenericFunction, _ types: [SType], slices: Set<String> = []) throws -> (signature: Signature, code: FunctionCode) {
        // A protocol's view of a type (a generic parameter of the calling function) is that type.
        let types = types.map { type -> SType in
            if case .structure(let view) = type, let opened = view.opened { .structure(opened) } else { type }
        }
        let key = GenericFunction.instanceKey(types, slices: slices)
        if let done = g.instances[key] { return done }
        let bound = Dictionary(uniqueKeysWithValues: zip(g.parameterNames, types))
        let fn = g.syntax
        // Callers see the type arguments; the body sees each one constrained by a protocol of the
        // note as that protocol's view of it, with what the constraint gives and no more (a
        // constrained extension's member that the argument meets is not the body's, as in Swift).
        let (signature, _) = try withTypeArguments(g.parameterNames, bound, of: g, slices: slices) { try functionSignature(fn.signature, fn) }
        var seen = bound
        for p in fn.genericParameterClause?.parameters ?? [] {
            guard let constraint = p.inheritedType, case .structure(let t)? = bound[p.name.text],
                  case .structure(let q)? = try? withTypeArguments(g.parameterNames, bound, of: g, { try resolveType(constraint) }), q.isProtocol,
                  let view = t.protocolViews.first(where: { $0.viewExtension == nil && $0.protocols.first === q }) else { continue }
            seen[p.name.text] = .structure(view)
        }
        return try withTypeArguments(g.parameterNames, seen, of: g, slices: slices) {
            let params = try functionSignature(fn.signature, fn).1
            let code = FunctionCode(name: fn.name.text, parameterCount: signature.parameters.count + (g.selfType == nil ? 0 : 1))
            // Registered before its body compiles, so recursive calls find it.
            g.instances[key] = (signature, code)
            do {
                guard let body = fn.body else { throw error(fn, "function '\(fn.name.text)' needs a body") }
                let (savedTry, savedTargets) = (tryDepth, targets)
                (tryDepth, targets) = (0, [])
                specializationDepth += 1
                defer { (tryDepth, targets, specializationDepth) = (savedTry, savedTargets, specializationDepth - 1) }
                try compileBody(code, params, result: signature.result, body: body.statements, selfType: g.selfType,
                                mutating: g.isMutating, isStatic: g.isStatic, throwing: signature.throwing)
            } catch {
                g.instances[key] = nil
                throw error
            }
            return (signature, code)
        }
    }

    /// Runs `body` in `g`'s declaring scope with its generic parameters standing for `bound`,
    /// those in `slices` for `ArraySlice`s of the arrays they are bound to.
    private func withTypeArguments<T>(_ names: [String], _ bound: [String: SType], of g: GenericFunction, slices: Set<String> = [],
                                      _ body: () throws -> T) rethrows -> T {
        let saved = scope
        scope = Scope(parent: g.scope, function: g.scope.function)
        for n in names { scope.aliases[n] = bound[n] }
        scope.sliceAliases = slices
        defer { scope = saved }
        return try body()
    }

    /// Binds the generic parameters (`names`) that `pattern` mentions to the parts of `actual`
    /// they stand for: `[T]` against `[Int]` binds `T` to `Int`. The first binding wins.
    func unify(_ pattern: TypeSyntax, _ actual: SType, _ names: Set<String>, _ bound: inout [String: SType]) {
        let arguments = pattern.as(IdentifierTypeSyntax.self)?.genericArgumentClause?.arguments
            .compactMap { $0.argument.as(TypeSyntax.self) } ?? []
        if let id = pattern.as(IdentifierTypeSyntax.self) {
            let name = id.name.text
            // A generic type alias (`Field<T>`) unifies as the type it names, its parameters
            // standing for the arguments written.
            if !arguments.isEmpty, !names.contains(name), let alias = scope.lookupGenericAlias(name),
               let parameters = alias.genericParameterClause?.parameters.map(\.name.text), parameters.count == arguments.count {
                var aliasBound: [String: SType] = [:]
                unify(alias.initializer.value, actual, Set(parameters), &aliasBound)
                for (parameter, argument) in zip(parameters, arguments) {
                    if let type = aliasBound[parameter] { unify(argument, type, names, &bound) }
                }
                return
            }
            if names.contains(name), arguments.isEmpty {
                if bound[name] == nil, actual.description != "nil" { bound[name] = actual }
                return
            }
            switch (name, actual, arguments.count) {
            case ("Array", .array(let e), 1), ("Set", .set(let e), 1), ("Optional", .optional(let e), 1):
                unify(arguments[0], e, names, &bound)
            case ("Optional", _, 1): unify(arguments[0], actual, names, &bound)
            // A key path is the function from its root to the value it reads.
            case ("KeyPath", .function(let ps, let r, _), 2) where ps.count == 1, ("WritableKeyPath", .function(let ps, let r, _), 2) where ps.count == 1:
                unify(arguments[0], ps[0], names, &bound)
                unify(arguments[1], r, names, &bound)
            case ("Dictionary", .dictionary(let k, let v), 2):
                unify(arguments[0], k, names, &bound)
                unify(arguments[1], v, names, &bound)
            // `ClosedRange<T>` against `1...3` or `0.0...1.0`.
            case ("ClosedRange", .range(closed: true), 1), ("Range", .range(closed: false), 1):
                unify(arguments[0], .int, names, &bound)
            case ("ClosedRange", .native(let t), 1) where t === bindings.doubleRange,
                 ("Range", .native(let t), 1) where t === bindings.halfOpenDoubleRange:
                unify(arguments[0], .double, names, &bound)
            case (_, .structure(let s), _):
                // `Stack<T>` against `Stack<Int>`.
                guard let given = scope.lookupType(name)?.generic?.arguments(of: s), given.count == arguments.count else { return }
                for (a, t) in zip(arguments, given) { unify(a, t, names, &bound) }
            default: break
            }
        } else if let a = pattern.as(ArrayTypeSyntax.self), case .array(let e) = actual {
            unify(a.element, e, names, &bound)
        } else if let o = pattern.as(OptionalTypeSyntax.self) {
            if case .optional(let w) = actual { unify(o.wrappedType, w, names, &bound) } else { unify(o.wrappedType, actual, names, &bound) }
        } else if let d = pattern.as(DictionaryTypeSyntax.self), case .dictionary(let k, let v) = actual {
            unify(d.key, k, names, &bound)
            unify(d.value, v, names, &bound)
        } else if let t = pattern.as(TupleTypeSyntax.self) {
            let elements = Array(t.elements)
            if elements.count == 1 { return unify(elements[0].type, actual, names, &bound) }
            if case .tuple(let ts, _) = actual, ts.count == elements.count {
                for (e, t) in zip(elements, ts) { unify(e.type, t, names, &bound) }
            }
        } else if let f = pattern.as(FunctionTypeSyntax.self), case .function(let ps, let r, _) = actual, ps.count == f.parameters.count {
            for (p, t) in zip(f.parameters, ps) { unify(p.type, t, names, &bound) }
            unify(f.returnClause.type, r, names, &bound)
        } else if let attributed = pattern.as(AttributedTypeSyntax.self) {
            unify(attributed.baseType, actual, names, &bound)
        } else if let opaque = pattern.as(SomeOrAnyTypeSyntax.self), names.contains(GenericFunction.opaqueName(opaque)) {
            let name = GenericFunction.opaqueName(opaque)
            if bound[name] == nil, actual.description != "nil" { bound[name] = actual }
            // `some Collection<T>`: its element binds `T`.
            if let element = opaque.constraint.as(IdentifierTypeSyntax.self)?.genericArgumentClause?.arguments.first?.argument.as(TypeSyntax.self),
               let actualElement = actual.elementType {
                unify(element, actualElement, names, &bound)
            }
        } else if let m = pattern.as(MetatypeTypeSyntax.self), m.metatypeSpecifier.tokenKind == .keyword(.Type),
                  case .native(let metatype) = actual, let instance = metatype.metatypeOf {
            // `T.Type` against `Float.self`'s type binds `T` to `Float`.
            unify(m.baseType, instance, names, &bound)
        }
    }

    /// Fails as swiftc does when the inferred type arguments break a constraint of `g`: a
    /// conformance (`T: Comparable`) or a same-type requirement (`S.Element == Double`), the
    /// associated types of a protocol extension's method being those of `receiver`'s type.
    private func checkRequirements(_ g: GenericFunction, _ bound: [String: SType], _ node: ExprSyntax, receiver: SType? = nil) throws {
        let fn = g.syntax
        let selector = fn.name.text + "(" + fn.signature.parameterClause.parameters.map { $0.firstName.text + ":" }.joined() + ")"
        let what = g.selfType == nil ? "global function '\(fn.name.text)'" : "instance method '\(selector)'"
        // swiftc reports a method's at its name.
        let node = node.as(MemberAccessExprSyntax.self).map { ExprSyntax($0.declName) } ?? node
        var conformances: [(TypeSyntax, TypeSyntax)] = []
        for p in fn.genericParameterClause?.parameters ?? [] {
            guard let constraint = p.inheritedType else { continue }
            conformances.append((TypeSyntax(IdentifierTypeSyntax(name: p.name)), constraint))
        }
        var sameTypes: [(TypeSyntax, TypeSyntax)] = []
        // `some Collection<Double>`: a conformance, and its primary associated type the same as the argument's.
        for opaque in GenericFunction.opaqueParameters(of: fn) {
            guard let id = opaque.constraint.as(IdentifierTypeSyntax.self) else { continue }
            let subject = TypeSyntax(IdentifierTypeSyntax(name: .identifier(GenericFunction.opaqueName(opaque))))
            conformances.append((subject, TypeSyntax(id.with(\.genericArgumentClause, nil))))
            if let argument = id.genericArgumentClause?.arguments.first?.argument.as(TypeSyntax.self) {
                sameTypes.append((TypeSyntax(MemberTypeSyntax(baseType: subject, name: .identifier("Element"))), argument))
            }
        }
        for requirement in fn.genericWhereClause?.requirements ?? [] {
            if case .sameTypeRequirement(let r) = requirement.requirement, let left = r.leftType.as(TypeSyntax.self),
               let right = r.rightType.as(TypeSyntax.self) {
                sameTypes.append((left, right))
            }
        }
        for (left, right) in sameTypes {
            var (l, rt) = try withTypeArguments(g.parameterNames, bound, of: g) { (try resolveType(left), try resolveType(right)) }
            // In a protocol extension's method, the protocol's associated types are the receiver's,
            // named first, as swiftc orders `Self`'s before the method's own parameters'.
            if case .structure(let t)? = receiver, !t.isProtocol {
                let names = Set(g.parameterNames)
                let mentionsParameter = { (type: TypeSyntax) in type.tokens(viewMode: .sourceAccurate).contains { names.contains($0.text) } }
                (l, rt) = (l.substitutingAssociatedTypes(of: t), rt.substitutingAssociatedTypes(of: t))
                if mentionsParameter(left), !mentionsParameter(right) { (l, rt) = (rt, l) }
            }
            if l.description != rt.description {
                throw error(node, "\(what) requires the types '\(l)' and '\(rt)' be equivalent")
            }
        }
        for requirement in fn.genericWhereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .conformanceRequirement(let r): conformances.append((r.leftType, r.rightType))
            case .sameTypeRequirement: continue
            case .layoutRequirement: throw unsupported(requirement, "layout requirements")
            }
        }
        for (subject, constraint) in conformances {
            let type = try withTypeArguments(g.parameterNames, bound, of: g) { try resolveType(subject) }
            for name in constraint.trimmedDescription.components(separatedBy: "&").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard try satisfies(type, name, constraint) else {
                    throw error(node, "\(what) requires that '\(type)' conform to '\(name)'")
                }
            }
        }
    }

    /// The standard library's protocols that `satisfies` knows.
    static let standardProtocols: Set<String> = [
        "Comparable", "Equatable", "Hashable", "Numeric", "AdditiveArithmetic", "SignedNumeric", "Strideable",
        "BinaryInteger", "FixedWidthInteger", "SignedInteger", "UnsignedInteger", "FloatingPoint", "BinaryFloatingPoint",
        "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "StringProtocol", "CustomStringConvertible",
    ]

    /// Whether `type` conforms to the protocol named `name`: a standard protocol, or one
    /// declared in the note.
    func satisfies(_ type: SType, _ name: String, _ node: some SyntaxProtocol) throws -> Bool {
        switch name {
        // Every type is an `Any` (`where S.State: Any`).
        case "Any": return true
        case "Comparable":
            if isFloat(type) || fixedWidthKind(type) != nil { return true }
            switch type {
            case .int, .double, .string, .character, .substring: return true
            case .structure(let t): return t.isComparable
            default: return false
            }
        case "Equatable", "Hashable":
            if isFloat(type) || fixedWidthKind(type) != nil { return true }
            switch type {
            case .int, .double, .string, .character, .substring, .bool: return true
            case .array(let e), .optional(let e), .set(let e): return try satisfies(e, name, node)
            case .structure(let t): return name == "Hashable" ? isHashable(type) : t.isEquatable
            case .native(let t): return t.protocols.contains(name)
            default: return false
            }
        // `Float` and the fixed-width integers (`UInt8`, `Int64`, …) are numbers as `Double` and `Int` are.
        case "AdditiveArithmetic" where type.isNoteType:
            if case .structure(let t) = type { return t.conformances.contains(name) }
            return false
        case "Numeric", "AdditiveArithmetic", "Strideable": return type.isNumeric || isFloat(type) || fixedWidthKind(type) != nil
        case "SignedNumeric": return type.isNumeric || isFloat(type) || fixedWidthKind(type)?.negate != nil
        case "BinaryInteger", "FixedWidthInteger": return type.conforms(to: .int) || fixedWidthKind(type) != nil
        case "SignedInteger": return type.conforms(to: .int) || fixedWidthKind(type)?.negate != nil
        case "UnsignedInteger": return fixedWidthKind(type).map { $0.negate == nil } ?? false
        case "FloatingPoint", "BinaryFloatingPoint": return type.conforms(to: .double) || isFloat(type)
        case "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection": return type.elementType != nil
        case "StringProtocol":
            switch type {
            case .string, .substring: return true
            default: return false
            }
        case "CustomStringConvertible":
            if case .structure(let t) = type { return t.conformances.contains(name) }
            return type.isNumeric || type.isText || type.conforms(to: .bool)
        case "Error":
            if case .structure(let t) = type { return t.conformances.contains(name) }
            return type.conforms(to: .error)
        // A struct of the note declared a generator, or Optim's `RandomGenerator`.
        case "RandomNumberGenerator":
            if case .structure(let t) = type { return t.conformances.contains(name) }
            if case .native(let t) = type { return t === bindings.types["RandomGenerator"] }
            return false
        default:
            let constraint = try? resolveType(TypeSyntax(IdentifierTypeSyntax(name: .identifier(name))))
            // One of Optim's protocols (`O: Objective`): an Optim value of it, or a note's type adopting it.
            if case .native(let p)? = constraint, p.isProtocol { return type.conforms(to: .native(p)) }
            guard case .structure(let p)? = constraint, p.isProtocol || p.isClass else {
                throw unsupported(node, "generic constraint '\(name)'")
            }
            // `extension Int: Summable {}` makes a standard type conform to a protocol of the note.
            if let added = globalScope.types["extension \(type)"], added.protocols.contains(where: { $0.isSubtype(of: p) }) { return true }
            return type.conforms(to: .structure(p))
        }
    }
}

extension Compiler {
    /// Gives `t` the associated types of the protocol `p` that it does not declare with a
    /// `typealias`, inferred as Swift infers them from the members answering `p`'s requirements
    /// (`var items: [Int]` answering `var items: [Item] { get }` makes `Item` stand for `Int`).
    func inferAssociatedTypes(of t: StructType, from p: StructType) {
        for (name, alias) in p.aliases.sorted(by: { $0.key < $1.key }) where t.aliases[name] == nil {
            guard case .structure(let placeholder) = alias, placeholder.isAssociatedType else { continue }
            var pairs: [(SType, SType)] = []
            for (member, requirement) in p.computed {
                if let i = t.fieldIndex(member) { pairs.append((requirement.signature.result, t.fields[i].type)) }
                if let getter = t.computed[member] { pairs.append((requirement.signature.result, getter.signature.result)) }
            }
            for (member, type) in (p.protocolInfo?.staticPropertyTypes ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let s = t.statics[member] { pairs.append((type, s.type)) }
            }
            for (member, requirement) in p.methods {
                guard let m = t.methods[member] else { continue }
                pairs.append((requirement.signature.type, m.signature.type))
            }
            if let found = pairs.lazy.compactMap({ Self.binding(placeholder, in: $0.0, to: $0.1) }).first {
                t.aliases[name] = found
            }
        }
    }

    /// The part of `actual` that `placeholder` stands for in `pattern`, if it appears there.
    private static func binding(_ placeholder: StructType, in pattern: SType, to actual: SType) -> SType? {
        switch (pattern, actual) {
        case (.structure(let s), _) where s === placeholder: return actual
        case let (.array(a), .array(b)), let (.optional(a), .optional(b)), let (.set(a), .set(b)):
            return binding(placeholder, in: a, to: b)
        case let (.dictionary(k1, v1), .dictionary(k2, v2)):
            return binding(placeholder, in: k1, to: k2) ?? binding(placeholder, in: v1, to: v2)
        case let (.function(p1, r1, _), .function(p2, r2, _)) where p1.count == p2.count:
            return zip(p1, p2).lazy.compactMap { binding(placeholder, in: $0, to: $1) }.first ?? binding(placeholder, in: r1, to: r2)
        default: return nil
        }
    }
}
