import SwiftSyntax

/// A member declared `private` or `private(set)`. A note is one Swift file, so `fileprivate`
/// restricts nothing, and `private` restricts a member to the declaration of its type and the
/// extensions of that type (in any block), and the types declared inside them.
struct PrivateMember {
    /// The type whose declaration and extensions may use the member, qualified (`Outer.Inner`).
    let scope: String
    /// Whether only its setter is private (`private(set)`).
    let setterOnly: Bool
}

extension Compiler {
    /// Records the access `d`, a member of `t`, is declared with (see `PrivateMember`). A name
    /// that methods of different access overload is left unrestricted.
    func recordAccess(of d: DeclSyntax, in t: StructType) {
        let names: [String]
        let modifiers: DeclModifierListSyntax
        if let v = d.as(VariableDeclSyntax.self) {
            names = v.bindings.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text }
            modifiers = v.modifiers
        } else if let fn = d.as(FunctionDeclSyntax.self) {
            names = [fn.name.text]
            modifiers = fn.modifiers
        } else {
            return
        }
        let modifier = modifiers.first { $0.name.tokenKind == .keyword(.private) }
        for name in names {
            guard let modifier, let scope = Self.enclosingTypeName(of: Syntax(d)) else {
                t.privateMembers[name] = nil
                continue
            }
            if t.privateMembers[name] == nil, t.memberNames.contains(name) { continue }
            t.privateMembers[name] = PrivateMember(scope: scope, setterOnly: modifier.detail?.detail.text == "set")
        }
    }

    /// Fails with swiftc's error when the member `name` of `t`, named at `node`, is private to a
    /// type whose declaration and extensions do not enclose `node`; when `setting`, also when only
    /// its setter is.
    func checkAccess(to name: String, of t: StructType, setting: Bool = false, _ node: some SyntaxProtocol) throws {
        var owner: StructType? = t
        while let current = owner, current.privateMembers[name] == nil { owner = current.superclass }
        guard let member = owner?.privateMembers[name], setting || !member.setterOnly else { return }
        // Code made by weave for the note (a method reference's closure) stands outside its tree.
        guard Syntax(node).root.id == blockRoot else { return }
        var ancestor = Syntax(node).parent
        while let current = ancestor {
            if let group = current.asProtocol(DeclGroupSyntax.self), Self.qualifiedName(of: group) == member.scope { return }
            ancestor = current.parent
        }
        if member.setterOnly { throw error(node, "cannot assign to property: '\(name)' setter is inaccessible") }
        throw error(node, "'\(name)' is inaccessible due to 'private' protection level")
    }

    /// The qualified name of the type whose declaration or extension `node` is a member of.
    private static func enclosingTypeName(of node: Syntax) -> String? {
        var ancestor = node.parent
        while let current = ancestor {
            if let group = current.asProtocol(DeclGroupSyntax.self) { return qualifiedName(of: group) }
            ancestor = current.parent
        }
        return nil
    }

    /// The qualified name of the type a declaration declares or an extension extends (`Outer.Inner`).
    private static func qualifiedName(of group: some DeclGroupSyntax) -> String {
        let own: String
        switch Syntax(group).as(SyntaxEnum.self) {
        case .structDecl(let s): own = s.name.text
        case .classDecl(let c): own = c.name.text
        case .enumDecl(let e): own = e.name.text
        case .protocolDecl(let p): own = p.name.text
        case .actorDecl(let a): own = a.name.text
        case .extensionDecl(let e):
            // `extension Stack where …`, `extension Outer.Inner`: the type's name without arguments.
            own = e.extendedType.trimmedDescription.split(separator: "<").first.map(String.init) ?? ""
        default: own = ""
        }
        guard let outer = enclosingTypeName(of: Syntax(group)) else { return own }
        return outer + "." + own
    }
}
