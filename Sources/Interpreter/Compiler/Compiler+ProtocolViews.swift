import SwiftSyntax

/// Protocol extensions whose members are generic over the conforming type in a way one
/// existential body cannot express: extensions of a protocol with associated types or static
/// requirements (`score() * 2` for an `associatedtype S: Numeric`, `Self.zero`), and constrained
/// extensions (`extension P where Self: Equatable`, `where V == Int`).
///
/// Their members compile once per conforming type, as Swift's specialisation of a protocol
/// extension for `Self` would run them, in a *view*: a type standing for the protocol's `Self`
/// opened to that conforming type. In a view the associated types are the conforming type's, its
/// statics are the conforming type's (see `StructType.opened`), and members are found as Swift
/// finds them in the extension: the extension's own, then the protocol's requirements, run on the
/// value's dynamic type. A conforming type has one view for its protocol's unconstrained
/// extensions and one per constrained extension whose requirements it meets; these views answer
/// the protocol's requirements where the type does not, the most constrained first.
extension Compiler {
    /// Whether the members of `e`, an extension of the protocol `p`, compile in views.
    func extendsInViews(_ e: ExtensionDeclSyntax, _ p: StructType) -> Bool {
        e.genericWhereClause != nil || isGenericOverSelf(p) || e.memberBlock.members.contains { Self.isStatic($0.decl) }
            || Self.specialisesOverSelf(e)
    }

    /// Whether a member of `e` names a generic type specialised with `Self` (`-> Box<Self>`),
    /// which is a different type for each conforming type.
    private static func specialisesOverSelf(_ e: ExtensionDeclSyntax) -> Bool {
        specialisesOverSelf(e.memberBlock)
    }

    /// Whether `node` names a generic type specialised with `Self` (`Box<Self>`).
    private static func specialisesOverSelf(_ node: some SyntaxProtocol) -> Bool {
        node.tokens(viewMode: .sourceAccurate).contains { token in
            guard token.tokenKind == .keyword(.Self) else { return false }
            var parent = token.parent
            while let n = parent, n.id != node.id {
                if n.is(GenericArgumentSyntax.self) { return true }
                parent = n.parent
            }
            return false
        }
    }

    /// Whether the extension `e` declares a member `name` whose signature names a generic type
    /// specialised with `Self` (`func boxed() -> Box<Self>`).
    private static func declaresSelfSpecialisedMember(_ e: ExtensionDeclSyntax, _ name: String) -> Bool {
        e.memberBlock.members.contains { member in
            if let fn = member.decl.as(FunctionDeclSyntax.self) { return fn.name.text == name && specialisesOverSelf(fn.signature) }
            return member.decl.as(VariableDeclSyntax.self)?.bindings.contains {
                $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text == name && $0.typeAnnotation.map(specialisesOverSelf) == true
            } ?? false
        }
    }

    /// How deep a generic type's specialisation may nest itself (`Box<Box<Box<Box<Int>>>>`)
    /// and still get the members of a protocol extension that specialise over `Self`: each such
    /// member (`func boxed() -> Box<Self>`) declares the next deeper type, which Swift makes only
    /// when a call asks for it, and here would make without end.
    static let selfNestingLimit = 4

    /// Whether `t` nests its own generic type `selfNestingLimit` deep or deeper.
    func nestsTooDeep(_ t: StructType) -> Bool {
        guard let template = t.specialisation?.template else { return false }
        func depth(_ type: SType) -> Int {
            guard case .structure(let s) = type, let (inner, arguments) = s.specialisation, inner === template else { return 0 }
            return 1 + (arguments.map(depth).max() ?? 0)
        }
        return depth(.structure(t)) >= Self.selfNestingLimit
    }

    /// Refuses `base.name`, where `base` has the type `t`, when `name` is a protocol extension's
    /// member whose signature specialises a generic type over `Self` (`func boxed() -> Box<Self>`):
    /// on an existential, as swiftc does; on a type nesting too deep to get it (see
    /// `selfNestingLimit`), as weave's limit.
    func refuseSelfSpecialisedMember(_ t: StructType, _ name: String, base: some SyntaxProtocol, member: some SyntaxProtocol) throws {
        guard t.isProtocol || nestsTooDeep(t) else { return }
        let declaring = ([t] + t.allProtocols).first { p in
            p.protocolInfo?.viewExtensions.contains { Self.declaresSelfSpecialisedMember($0, name) } == true
        }
        guard let declaring else { return }
        if t.isProtocol {
            throw error(base, "member '\(name)' cannot be used on value of type 'any \(t.name)'; consider using a generic constraint instead")
        }
        throw unsupported(member, "'\(name)' of '\(t.name)', which nests '\(t.specialisation!.template.name)' \(Self.selfNestingLimit) deep: the member of 'extension \(declaring.name)' specialised over 'Self' stops there")
    }

    /// Whether `t` gets the members of `e`, an extension of one of its protocols compiling in
    /// views: it meets the extension's requirements, and does not nest too deep for it.
    private func getsMembers(of e: ExtensionDeclSyntax, _ t: StructType) throws -> Bool {
        try meets(e, t) && !(Self.specialisesOverSelf(e) && nestsTooDeep(t))
    }

    /// Whether `d` declares a static function or property, whose `Self` is the type it is called on.
    private static func isStatic(_ d: DeclSyntax) -> Bool {
        let modifiers = d.as(FunctionDeclSyntax.self)?.modifiers ?? d.as(VariableDeclSyntax.self)?.modifiers
        return modifiers?.contains { $0.name.tokenKind == .keyword(.static) } ?? false
    }

    /// Whether `p` or a protocol it inherits declares an associated type or a static requirement,
    /// read off its declaration (its requirements may not be declared yet).
    private func isGenericOverSelf(_ p: StructType, visited: Set<ObjectIdentifier> = []) -> Bool {
        guard let syntax = p.protocolInfo?.syntax, !visited.contains(ObjectIdentifier(p)) else { return false }
        let declares = syntax.memberBlock.members.contains { $0.decl.is(AssociatedTypeDeclSyntax.self) || Self.isStatic($0.decl) }
        if declares { return true }
        return (syntax.inheritanceClause?.inheritedTypes ?? []).contains { inherited in
            guard let name = inherited.type.as(IdentifierTypeSyntax.self)?.name.text, let q = scope.lookupType(name) else { return false }
            return isGenericOverSelf(q, visited: visited.union([ObjectIdentifier(p)]))
        }
    }

    /// Registers `e`, an extension of `p` compiling in views, and returns its declarations in the
    /// views that conforming types declared earlier already have.
    func registerViewExtension(_ e: ExtensionDeclSyntax, of p: StructType) throws -> [TypeDeclaration] {
        let info = p.protocolInfo!
        info.viewExtensions.append(e)
        return try info.views.compactMap { view in
            guard let t = view.opened, view.viewExtension == nil, try getsMembers(of: e, t) else { return nil }
            // A block that fails takes its members out of the views again.
            extended += [TypeSnapshot(of: t), TypeSnapshot(of: view)]
            return try declaration(of: e, for: t, p, general: view)
        }
    }

    /// Gives `declarations`' types their views, declares the views' members and binds the types'
    /// conformances; returns the views' declarations, whose bodies compile with the types'.
    func conform(_ declarations: [TypeDeclaration], extending earlier: [TypeDeclaration] = []) throws -> [TypeDeclaration] {
        var views = earlier
        for d in declarations { views += try viewDeclarations(d.type) }
        // The note's sequences declared (or made sequences) here get its collection-protocol extensions.
        var seen: Set<ObjectIdentifier> = []
        for d in declarations where seen.insert(ObjectIdentifier(d.type)).inserted {
            views += try collectionExtensions(of: d.type, among: collectionProtocolExtensions)
        }
        for v in views {
            try declareMembers(v)
            if v.type.viewExtension == nil { dispatchExistentialCalls(to: v.type) }
        }
        for d in declarations { try bindConformances(d) }
        return views
    }

    /// Makes the members that an unconstrained extension declares in the protocol run, on a
    /// value of the general view's type, the view's own: an existential value's call runs its
    /// type's specialisation.
    private func dispatchExistentialCalls(to view: StructType) {
        guard let t = view.opened, let p = view.protocols.first, let requirements = p.protocolInfo?.requirements else { return }
        for (key, m) in view.methods where !requirements.contains(key) {
            if let declared = p.methods[key] { t.overrides[ObjectIdentifier(declared.code)] = m.code }
        }
        for (key, m) in view.computed where !requirements.contains(key) {
            if let declared = p.computed[key] { t.overrides[ObjectIdentifier(declared.code)] = m.code }
        }
    }

    /// The views `t` gets for the protocols it conforms to (a general one for each, which the
    /// extensions of later blocks extend too), as the declarations in them of the protocols'
    /// extensions compiling in views whose requirements `t` meets.
    private func viewDeclarations(_ t: StructType) throws -> [TypeDeclaration] {
        guard !t.isProtocol, !t.isAssociatedType else { return [] }
        var declarations: [TypeDeclaration] = []
        for p in t.allProtocols {
            inferAssociatedTypes(of: t, from: p)
            // Every conforming type gets its general view, which extensions of later blocks extend.
            guard let info = p.protocolInfo, !t.protocolViews.contains(where: { $0.protocols.first === p }) else { continue }
            let general = view(of: p, for: t, extension: nil)
            for e in info.viewExtensions where try getsMembers(of: e, t) {
                declarations.append(try declaration(of: e, for: t, p, general: general))
            }
        }
        return declarations
    }

    /// The declaration of the extension `e` of `p` in `t`'s view of `p`: the general view for an
    /// unconstrained extension, a view of its own for a constrained one.
    private func declaration(of e: ExtensionDeclSyntax, for t: StructType, _ p: StructType, general: StructType) throws -> TypeDeclaration {
        let target = e.genericWhereClause == nil ? general : view(of: p, for: t, extension: e, general: general)
        return TypeDeclaration(syntax: e, type: target, nested: [])
    }

    /// A new view of `p` opened to `t`, for the constrained extension `e` (falling back on the
    /// general view's members) or, without `e`, the general one.
    private func view(of p: StructType, for t: StructType, extension e: ExtensionDeclSyntax?, general: StructType? = nil) -> StructType {
        let view = StructType(name: "\(p.name).Self")
        view.isAssociatedType = true
        view.opened = t
        view.viewExtension = e
        // `extension Named where Self: Scored`: the view has the other protocol's requirements too.
        let required = e?.genericWhereClause?.requirements.compactMap { r -> StructType? in
            guard case .conformanceRequirement(let c) = r.requirement, c.leftType.trimmedDescription == "Self",
                  let q = c.rightType.as(IdentifierTypeSyntax.self).flatMap({ scope.lookupType($0.name.text) }), q.isProtocol, q !== p else { return nil }
            return q
        } ?? []
        view.protocols = [p] + required
        view.conformances = t.conformances.union(p.conformances)
        // The associated types are the conforming type's.
        view.aliases = p.aliases.merging(t.aliases) { _, given in given }
        if let general { view.protocolViews = [general] }
        // The most constrained views answer first.
        if e == nil { t.protocolViews.append(view) } else { t.protocolViews.insert(view, at: 0) }
        p.protocolInfo!.views.append(view)
        return view
    }

    /// Whether `t` meets the requirements of the `where` clause of `e` (`Self: Equatable`,
    /// `V == Int`), with `Self` and the associated types standing for `t`'s.
    private func meets(_ e: ExtensionDeclSyntax, _ t: StructType) throws -> Bool {
        try unmetRequirement(e.genericWhereClause, openedTo: t) == nil
    }

    /// What `t` fails of the `where` clause `clause` of a protocol's extension, as swiftc words it.
    func unmetRequirement(_ clause: GenericWhereClauseSyntax?, openedTo t: StructType) throws -> String? {
        try unmetRequirement(clause, t.aliases.merging(["Self": .structure(t)]) { _, opened in opened })
    }
}
