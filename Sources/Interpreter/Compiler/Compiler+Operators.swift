import SwiftSyntax

/// Operators declared by a note's types (`static func + (lhs: V, rhs: V) -> V`), used as
/// `a + b`. A type keeps them among its methods under their operator and parameter types, so
/// that overloads (`V * Double`, `Double * V`) coexist; for an `Equatable` type `!=` follows
/// from `==`, as in Swift.
extension Compiler {
    /// The key a method is stored under in its type: its name, or for an operator its name with
    /// its parameter types.
    func methodKey(_ fn: FunctionDeclSyntax, _ parameters: [Signature.Parameter]) -> String {
        guard case .binaryOperator = fn.name.tokenKind else { return fn.name.text }
        return fn.name.text + "(" + parameters.map(\.type.description).joined(separator: ", ") + ")"
    }

    /// Fails unless `fn`, an operator, is a `static` member of a type, the only place this subset declares one.
    func checkOperatorDeclaration(_ fn: FunctionDeclSyntax) throws {
        guard case .binaryOperator = fn.name.tokenKind else { return }
        guard fn.parent?.is(MemberBlockItemSyntax.self) == true else {
            throw unsupported(fn.name, "operator functions outside a type ('func \(fn.name.text)'); declare it as 'static func \(fn.name.text)' in the type")
        }
        guard fn.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) else {
            var owner = fn.parent
            while let o = owner, !o.is(StructDeclSyntax.self), !o.is(ClassDeclSyntax.self), !o.is(EnumDeclSyntax.self) { owner = o.parent }
            let name = owner?.as(StructDeclSyntax.self)?.name ?? owner?.as(ClassDeclSyntax.self)?.name ?? owner?.as(EnumDeclSyntax.self)?.name
            throw error(fn.name, "operator '\(fn.name.text)' declared in type '\(name?.text ?? "")' must be 'static'")
        }
        if fn.signature.parameterClause.parameters.count != 2 {
            throw unsupported(fn.name, "operators that take other than two operands")
        }
    }

    /// Compiles `l op r` with an operator declared by the type of either operand, if one accepts both.
    func declaredOperator(_ op: String, _ l: Typed, _ r: Typed, _ node: Syntax) throws -> Typed? {
        let owners = [l.type, r.type].compactMap { t -> StructType? in
            if case .structure(let s) = t { return s }
            return nil
        }
        guard !owners.isEmpty else { return nil }
        func find(_ name: String, _ a: SType, _ b: SType) -> StructType.Method? {
            for t in owners {
                for (key, m) in t.methods.sorted(by: { $0.key < $1.key }) where key.hasPrefix(name + "(") && m.isStatic {
                    let p = m.signature.parameters
                    if p.count == 2, a.conforms(to: p[0].type), b.conforms(to: p[1].type) { return m }
                }
            }
            return nil
        }
        let at = self.at(node)
        let none = Typed(type: .void) { _ in .void }
        func call(_ m: StructType.Method, _ a: Typed, _ b: Typed) throws -> Code {
            try invokeMethod(m, receiver: none, arguments: [a.code, b.code], at: at, dynamic: false).code
        }
        if let m = find(op, l.type, r.type) {
            return Typed(type: m.signature.result, code: try call(m, l, r))
        }
        // Swift gives `!=` from `==` to an `Equatable` type.
        guard op == "!=", owners.contains(where: \.isEquatable) else { return nil }
        guard let equal = find("==", l.type, r.type) else { return nil }
        let code = try call(equal, l, r)
        return Typed(type: .bool) { f in try code(f) == .bool(true) ? .bool(false) : .bool(true) }
    }
}
