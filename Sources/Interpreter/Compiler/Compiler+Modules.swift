import SwiftSyntax

/// Names qualified with their module, as Swift tells a library's declaration from the note's own
/// of the same name: `Swift.min(a, b)` in a type with its own `min`, `Foundation.exp(x)`,
/// `Optim.minimize(…)`, `let f: Optim.Rosenbrock` beside the note's `struct Rosenbrock`,
/// `Optim.Matrix.identity(2)`, `Figures.AxisScale.log`, `struct Fit: Optim.LeastSquaresObjective`.
/// Optim's and Figures' names are those they declare (`Bindings.moduleMembers`); the standard
/// library's and Foundation's, those blocks know that are not theirs.
extension Compiler {
    /// The modules a block may name: the standard library and those it may import.
    static let libraryModules = Checker.importable.union(["Swift"])

    /// `name` if it names a library module, that is unless the note names a value or type so.
    func libraryModule(named name: String) -> String? {
        Self.libraryModules.contains(name) && resolve(name) == nil && scope.lookupType(name) == nil ? name : nil
    }

    /// The module `e` starts with and the dotted name after it (`Optim.MLPClassifier.Activation`:
    /// `Optim` and `MLPClassifier.Activation`); nil unless `e` is a library module's member.
    func moduleQualified(_ e: ExprSyntax?) -> (module: String, name: String)? {
        var names: [String] = []
        var current = e
        while let m = current?.as(MemberAccessExprSyntax.self) {
            names.insert(m.declName.baseName.text, at: 0)
            current = m.base
        }
        guard !names.isEmpty, let r = current?.as(DeclReferenceExprSyntax.self), let module = libraryModule(named: r.baseName.text)
        else { return nil }
        return (module, names.joined(separator: "."))
    }

    /// The module the type `t` starts with, the dotted name after it with its type arguments
    /// (`Swift.Array<Int>`: `Array<Int>`) and the token of the name's first part; nil unless `t`
    /// is a library module's type.
    func moduleQualified(_ t: TypeSyntax) -> (module: String, name: String, first: TokenSyntax)? {
        var members: [MemberTypeSyntax] = []
        var current = t
        while let m = current.as(MemberTypeSyntax.self) {
            members.insert(m, at: 0)
            current = m.baseType
        }
        guard let first = members.first, let base = current.as(IdentifierTypeSyntax.self), base.genericArgumentClause == nil,
              let module = libraryModule(named: base.name.text) else { return nil }
        let name = members.map { $0.name.text + ($0.genericArgumentClause?.trimmedDescription ?? "") }.joined(separator: ".")
        return (module, name, first.name)
    }

    /// Whether `module`, Optim or Figures, declares the top-level name `name` starts with; nil
    /// for the standard library and Foundation, whose declarations are not listed.
    private func declares(_ module: String, _ name: String) -> Bool? {
        Bindings.moduleMembers[module]?.contains(String(name.prefix { $0 != "." && $0 != "<" }))
    }

    /// Whether Optim or Figures declares the top-level name `name` starts with.
    private func isLibraryName(_ name: String) -> Bool {
        Bindings.moduleMembers.keys.contains { declares($0, name) == true }
    }

    /// The type `module.name` names: Optim's or Figures' own, else a standard type that the note
    /// does not declare one of the name of.
    func libraryType(_ module: String, _ name: String, _ first: TokenSyntax) throws -> SType {
        let bare = String(name.prefix { $0 != "." && $0 != "<" })
        switch declares(module, name) {
        case false?: throw error(first, "no type named '\(bare)' in module '\(module)'")
        case true?:
            guard let type = nativeStaticType(name) else { throw unsupported(first, "type '\(module).\(name)'") }
            return type
        case nil:
            guard !isLibraryName(name) else { throw error(first, "no type named '\(bare)' in module '\(module)'") }
            guard scope.lookupType(bare) == nil, scope.lookupAlias(bare) == nil, let written = Parsing.type(name) else {
                throw unsupported(first, "type '\(module).\(name)' beside the note's own '\(bare)'")
            }
            return try resolveType(written)
        }
    }

    /// The name of the library type the expression `e` names with its module
    /// (`Optim.Matrix` in `Optim.Matrix.identity(2)`, `Swift.Int` in `Swift.Int.max`), by which
    /// its static members are found; nil for any other expression.
    func libraryTypeName(_ e: ExprSyntax?) -> String? {
        guard let (module, name) = moduleQualified(e) else { return nil }
        switch declares(module, name) {
        case true?: return nativeStaticType(name) != nil ? name : nil
        case false?: return nil
        case nil: return hasStaticMembers(name) && !isLibraryName(name) ? name : nil
        }
    }

    /// Compiles a call of a library's function or type named by its module (`Optim.minimize(…)`,
    /// `Optim.Rosenbrock(a: 2)`, `Swift.min(a, b)`), past the note's own declarations of the name;
    /// nil where `m` is no such call, or names a standard function blocks do not know.
    func moduleMemberCall(_ m: MemberAccessExprSyntax, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        guard let base = m.base?.as(DeclReferenceExprSyntax.self), let module = libraryModule(named: base.baseName.text) else { return nil }
        let name = m.declName.baseName.text
        switch declares(module, name) {
        case nil: return try libraryCall(name, args, c, expected: expected) ?? builtinCall(name, args, c, expected: expected)
        case false?: throw noMember(m)
        case true?:
            // Optim's math functions of `Jet`s are the interpreter's own, as unqualified.
            if let call = try nativeCall(name, args, c) ?? builtinCall(name, args, c, expected: expected) { return call }
            throw unsupported(m, "'\(module).\(name)'")
        }
    }

    /// swiftc's error for `Optim.name` where Optim declares no `name`, or an unsupported-feature
    /// error for Optim's or Figures' declaration used other than called or as a type; nil where `m`
    /// is not a member of either.
    func moduleMemberValue(_ m: MemberAccessExprSyntax) -> InterpreterError? {
        guard let base = m.base?.as(DeclReferenceExprSyntax.self), let module = libraryModule(named: base.baseName.text),
              let declared = declares(module, m.declName.baseName.text) else { return nil }
        return declared ? unsupported(m, "'\(m.trimmedDescription)' other than called or as a type") : noMember(m)
    }

    /// swiftc's error for the member `m` its module does not declare.
    private func noMember(_ m: MemberAccessExprSyntax) -> InterpreterError {
        error(m, "module '\(m.base!.trimmedDescription)' has no member named '\(m.declName.baseName.text)'")
    }
}
