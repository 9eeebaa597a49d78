import SwiftSyntax

/// An error about a name: it is declared nowhere, or its declaration failed. It is the same
/// whichever overload of a call is tried, so overload resolution passes it on at once rather than
/// blaming another argument. A follow-on (`error == nil`) — a use of a name whose declaration
/// already failed in this block — is not reported: it absorbs the errors it would cause.
struct NameError: Error {
    /// The error to report; nil for a follow-on of an error already reported.
    var error: InterpreterError?
    /// For a name declared in an earlier block that failed, where that declaration was.
    var declaration: FailedDeclaration?
    /// That name, whose later uses in the block are follow-ons once this error is reported.
    var name: String?
}

/// One error of a block's compilation, with the earlier failed declaration it is about, if any.
struct CompileError {
    /// The error.
    var error: InterpreterError
    /// For a use of a name declared in an earlier block that failed, where that declaration was.
    var declaration: FailedDeclaration?
}

/// Recovery at statement and declaration granularity, so one build reports every error of a
/// block, as swiftc does, without cascades: an erroneous statement is reported and skipped, the
/// names it declares are marked as failed, and later uses of them are follow-ons, not reported.
extension Compiler {
    /// Compiles one statement or declaration with `compile`. If it fails, records its error
    /// (unless a follow-on), marks the names `node` declares as failed and returns nil; the block
    /// then does not run. Inside a closure nothing is recovered: a closure may be compiled
    /// once per overload tried, and only the caller knows which attempt counts. (Compiled code is
    /// not returned through `T`; see `withScope(_:)`.)
    @discardableResult
    func recovering<T>(_ node: some SyntaxProtocol, _ compile: () throws -> T) throws -> T? {
        do {
            return try compile()
        } catch let e as NameError where !isInsideClosure(node) {
            if let error = e.error { errors.append(CompileError(error: error, declaration: e.declaration)) }
            if let name = e.name { failedNames.insert(name) }
        } catch let e as InterpreterError where e.thrown == nil && !isInsideClosure(node) {
            errors.append(CompileError(error: e))
        }
        failedNames.formUnion(Self.declaredNames(node))
        return nil
    }

    /// Whether `node` is part of a closure expression.
    private func isInsideClosure(_ node: some SyntaxProtocol) -> Bool {
        var current = node.parent
        while let n = current {
            if n.is(ClosureExprSyntax.self) { return true }
            current = n.parent
        }
        return false
    }

    /// The names a statement or declaration declares in its scope: the variables of its
    /// patterns, or the name of a function or type.
    static func declaredNames(_ node: some SyntaxProtocol) -> [String] {
        let node = Syntax(node).as(CodeBlockItemSyntax.self).map { Syntax($0.item) } ?? Syntax(node)
        if let v = node.as(VariableDeclSyntax.self) {
            return v.bindings.flatMap { binding in
                binding.pattern.tokens(viewMode: .sourceAccurate).filter {
                    if case .identifier = $0.tokenKind { return true }
                    return false
                }.map(\.text)
            }
        }
        if let f = node.as(FunctionDeclSyntax.self) { return [f.name.text] }
        if let s = node.as(StructDeclSyntax.self) { return [s.name.text] }
        if let c = node.as(ClassDeclSyntax.self) { return [c.name.text] }
        if let e = node.as(EnumDeclSyntax.self) { return [e.name.text] }
        if let p = node.as(ProtocolDeclSyntax.self) { return [p.name.text] }
        if let a = node.as(TypeAliasDeclSyntax.self) { return [a.name.text] }
        // An extension's members, marked as members (`.percent`), not names of the scope.
        if let e = node.as(ExtensionDeclSyntax.self) {
            return e.memberBlock.members.flatMap { declaredNames($0.decl) }.map { "." + $0 }
        }
        return []
    }

    /// The error for a member `name` that a value of type `type` lacks, used at `node`: a
    /// follow-on, or one error saying so, when an extension declared it in a block that failed
    /// (this one or an earlier one); otherwise "has no member", with a suggestion among `names`.
    func noMember(_ name: String, of type: SType, among names: [String], _ node: some SyntaxProtocol) -> Error {
        // A member of the wrapped type, named on an optional: swiftc's "must be unwrapped", at the
        // base's last token (`]` of `d["k"].squareRoot()`).
        if case .optional(let wrapped) = type, let m = node.parent?.as(MemberAccessExprSyntax.self), let base = m.base,
           hasMember(m, unwrapping: base) {
            let at = base.lastToken(viewMode: .sourceAccurate).map(Syntax.init) ?? Syntax(base)
            return error(at, "value of optional type '\(type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(wrapped)'")
        }
        let message = "value of type '\(type)' has no member '\(name)'"
        if failedNames.contains("." + name) { return NameError(error: nil) }
        if let declaration = failedEarlier["." + name] {
            failedNames.insert("." + name)
            return NameError(error: error(node, message + ": it is declared in an extension in a block that failed"), declaration: declaration)
        }
        return error(node, suggesting(message, name, among: names))
    }

    /// Whether the member access `m` (or the call it is the callee of) compiles with its optional
    /// `base` unwrapped, so that the member is the wrapped type's.
    private func hasMember(_ m: MemberAccessExprSyntax, unwrapping base: ExprSyntax) -> Bool {
        let whole = m.parent?.as(FunctionCallExprSyntax.self).map(Syntax.init) ?? Syntax(m)
        let text = whole.trimmedDescription
        let offset = base.positionAfterSkippingLeadingTrivia.utf8Offset - whole.positionAfterSkippingLeadingTrivia.utf8Offset
        let baseText = base.trimmedDescription
        guard offset >= 0, let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex),
              let end = text.utf8.index(start, offsetBy: baseText.utf8.count, limitedBy: text.utf8.endIndex) else { return false }
        let unwrapped = String(text[..<start]) + "(" + baseText + ")!" + String(text[end...])
        return (try? expression(synthesized(unwrapped, anchor: 0, at: whole))) != nil
    }

    /// The error for `name`, used at `node` but not found in scope: a follow-on if its declaration
    /// failed in this block; if it was declared in an earlier block that failed, one error saying
    /// so (later uses in this block are follow-ons); otherwise "cannot find", with a suggestion.
    func unknownName(_ name: String, _ node: some SyntaxProtocol) -> NameError {
        if failedNames.contains(name) { return NameError(error: nil) }
        // Marked failed where the error is reported (see `recovering`): a lookup that a caller
        // tries and drops (`try?`) leaves the next one to report it.
        if let declaration = failedEarlier[name] {
            return NameError(error: error(node, "cannot find '\(name)' in scope: it is declared in a block that failed"),
                             declaration: declaration, name: name)
        }
        // An instance member named where no instance is: in a property's default value, or in a
        // static member.
        let isInstanceMember = { (t: StructType) in
            t.fieldIndex(name) != nil || t.computed[name] != nil || t.methods(named: name).contains { !$0.isStatic }
        }
        if let t = defaultOf, isInstanceMember(t) {
            return NameError(error: error(node, "cannot use instance member '\(name)' within property initializer; property initializers run before 'self' is available"))
        }
        if let t = staticSelf(), isInstanceMember(t) {
            return NameError(error: error(node, "instance member '\(name)' cannot be used on type '\(t.name)'"))
        }
        if name == "SystemRandomNumberGenerator" {
            return NameError(error: unsupported(node, "'SystemRandomNumberGenerator', whose numbers change from run to run; a note's randomness comes from its 'seed' (`Double.random(in:)`), or from a generator of its own passed as 'using:'"))
        }
        if Self.swiftTypesOutsideTheSubset.contains(name) { return NameError(error: unsupported(node, "type '\(name)'")) }
        return NameError(error: error(node, suggesting("cannot find '\(name)' in scope", name, among: visibleNames)))
    }
}
