import SwiftSyntax

/// Equality of values whose type, or a type inside it, declares its own `==`
/// (`static func == (a: Tag, b: Tag) -> Bool { a.name == b.name }`): Swift compares such values
/// with that operator wherever it compares them — `contains`, `firstIndex(of:)`, `==` of arrays,
/// optionals, tuples and dictionaries, and the synthesised `==` of a struct or enum holding one —
/// where the values themselves would compare every stored property.
extension Compiler {
    /// How Swift compares two values of `type`, when that differs from comparing what they hold:
    /// nil when no type inside `type` declares its own `==`.
    func declaredEquality(_ type: SType, at: SourcePoint) -> ((Value, Value) throws -> Bool)? {
        var visiting: Set<ObjectIdentifier> = []
        return declaredEquality(type, at: at, visiting: &visiting)
    }

    private func declaredEquality(_ type: SType, at: SourcePoint, visiting: inout Set<ObjectIdentifier>) -> ((Value, Value) throws -> Bool)? {
        switch type {
        case .array(let e):
            guard let element = declaredEquality(e, at: at, visiting: &visiting) else { return nil }
            return { a, b in
                guard case .array(let xs) = a, case .array(let ys) = b, xs.count == ys.count else { return false }
                for (x, y) in zip(xs, ys) where try !element(x, y) { return false }
                return true
            }
        case .optional(let w):
            guard let wrapped = declaredEquality(w, at: at, visiting: &visiting) else { return nil }
            return { a, b in
                switch (a, b) {
                case (.none, .none): true
                case let (.some(x), .some(y)): try wrapped(x, y)
                default: false
                }
            }
        case .tuple(let ts, _):
            let parts = ts.map { declaredEquality($0, at: at, visiting: &visiting) }
            guard parts.contains(where: { $0 != nil }) else { return nil }
            return { a, b in
                guard case .tuple(let x) = a, case .tuple(let y) = b else { return false }
                return try equalParts(x.elements, y.elements, parts)
            }
        case .dictionary(_, let v):
            guard let value = declaredEquality(v, at: at, visiting: &visiting) else { return nil }
            return { a, b in
                guard case .dictionary(let x) = a, case .dictionary(let y) = b, x.keys.count == y.keys.count else { return false }
                for (k, v) in zip(x.keys, x.values) {
                    guard let w = y[k], try value(v, w) else { return false }
                }
                return true
            }
        case .structure(let t):
            if let declared = declaredRelation("==", of: t, at: at) { return declared }
            // A struct or enum whose synthesised `==` compares a member that declares its own.
            guard !t.isClass, t.isEquatable, visiting.insert(ObjectIdentifier(t)).inserted else { return nil }
            defer { visiting.remove(ObjectIdentifier(t)) }
            let fields = t.fields.map { declaredEquality($0.type, at: at, visiting: &visiting) }
            let payloads = (t.cases ?? []).map { c in c.parameters.map { declaredEquality($0.type, at: at, visiting: &visiting) } }
            guard fields.contains(where: { $0 != nil }) || payloads.joined().contains(where: { $0 != nil }) else { return nil }
            return { a, b in
                switch (a, b) {
                case let (.structure(x), .structure(y)): return try equalParts(x.fields, y.fields, fields)
                case let (.enumeration(x), .enumeration(y)):
                    guard x.tag === y.tag else { return false }
                    return try equalParts(x.payload, y.payload, payloads[x.tag.index])
                default: return false
                }
            }
        default: return nil
        }
    }

}

/// Whether the members `xs` and `ys` of two values are equal, each by its part's own equality
/// (see `Compiler.declaredEquality`) or, without one, by what it holds.
private func equalParts(_ xs: [Value], _ ys: [Value], _ parts: [((Value, Value) throws -> Bool)?]) throws -> Bool {
    for (i, part) in parts.enumerated() {
        if let part { if try !part(xs[i], ys[i]) { return false } } else if xs[i] != ys[i] { return false }
    }
    return true
}

extension Compiler {
    /// Compiles `x.hash(into: &hasher)` of a standard `Hashable` value, which combines it as
    /// `hasher.combine(x)` does; nil for another call.
    func hashCall(_ base: Typed, _ name: String, _ args: [Argument]) throws -> Typed? {
        guard name == "hash", args.count == 1, args[0].label == "into", isHashable(base.type),
              let written = args[0].expression.as(InOutExprSyntax.self) else { return nil }
        let place = try lvalue(written.expression)
        guard case .structure(let hasher) = place.type, hasher === globalScope.types["Hasher"] else { return nil }
        let code = base.code
        return Typed(type: .void) { f in
            let digest = try code(f).digest
            try place.modify(f) { $0.combineIntoHasher(digest) }
            return .void
        }
    }

    /// Records `method` of `t` in the type's identity where it is the type's own `==`
    /// (`static func == (a: Self, b: Self) -> Bool`) or `hash(into:)`, which Swift's tables and
    /// comparisons call (see `DeclaredIdentity`).
    func declareIdentity(_ method: StructType.Method, of t: StructType, _ fn: FunctionDeclSyntax) {
        let parameters = method.signature.parameters
        let runtime = self.runtime
        let identity = { () -> DeclaredIdentity in
            if let identity = t.declaredIdentity { return identity }
            let identity = DeclaredIdentity(runtime: runtime, at: self.at(fn))
            t.declaredIdentity = identity
            return identity
        }
        switch fn.name.text {
        case "==" where method.isStatic && parameters.count == 2 && parameters.allSatisfy({ p in
            if case .structure(let s) = p.type { s === t && !p.isInout } else { false }
        }):
            identity().equal = relation(method.code, at: at(fn))
        case "hash" where !method.isStatic && parameters.count == 1 && parameters[0].label == "into" && parameters[0].isInout:
            guard case .structure(let hasher) = parameters[0].type, hasher === globalScope.types["Hasher"] else { return }
            let (code, at) = (method.code, self.at(fn))
            identity().hash = { value in
                var receiver = value
                var arguments = [Value.emptyHasher(hasher)]
                _ = try runtime.callMethod(code, on: &receiver, updating: &arguments, at: at)
                return arguments[0].hasherFinalized
            }
        default: break
        }
    }
}
