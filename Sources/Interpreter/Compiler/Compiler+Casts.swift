import SwiftSyntax

/// Type casts: `x is T`, `x as? T`, `x as! T` and the upcast `x as T`, checked on the value's
/// dynamic type for the note's classes, protocols, structs and enums, and statically otherwise.
extension Compiler {
    /// Compiles the cast `op` (`is`, `as`, `as?` or `as!`) of `lhs` to the type written in `rhs`.
    func cast(_ op: String, _ lhs: Folded, _ rhs: Folded, _ opNode: Syntax) throws -> Typed {
        guard case .leaf(let written) = rhs, let typeExpr = written.as(TypeExprSyntax.self) else {
            throw error(opNode, "expected a type after '\(op)'")
        }
        let target = try resolveType(typeExpr.type)
        if op == "as" {
            let value = try folded(lhs, expected: target)
            return Typed(type: target, code: try coerce(value, to: target, lhs.node ?? opNode))
        }
        let value = try folded(lhs, expected: nil)
        let (test, t) = try castTest(from: value.type, to: target, op, opNode)
        let (code, at) = (value.code, self.at(opNode))
        switch op {
        case "is":
            return Typed(type: .bool) { f in .bool(test(try code(f))) }
        case "as?":
            return Typed(type: .optional(target)) { f in
                let v = try code(f)
                return test(v) ? .some(v) : .none
            }
        default:
            let source = value.type
            let name = t.map { Value.module + $0.name } ?? target.description
            return Typed(type: target) { f in
                let v = try code(f)
                guard test(v) else {
                    let from = v.dynamicType.map { Value.module + $0.name } ?? source.description
                    throw InterpreterError(message: "Could not cast value of type '\(from)' to '\(name)'", at: at)
                }
                return v
            }
        }
    }

    /// Whether a value of static type `source` is a `target` at run time, and the note's type
    /// `target` names; fails at compile time for a cast outside the supported ones.
    private func castTest(from source: SType, to target: SType, _ op: String,
                          _ node: Syntax) throws -> (test: (Value) -> Bool, type: StructType?) {
        guard case .structure(let t) = target else {
            // A `Character` or `Substring` is held as a `String` here, so a cast involving one cannot be told.
            if source.conforms(to: target), !source.mentionsString { return ({ _ in true }, nil) }
            // Distinct number types (`x is Int64` for an `Int` x): swiftc warns that the cast always fails.
            if isNumberType(source), isNumberType(target), !source.conforms(to: target) { return ({ _ in false }, nil) }
            throw unsupported(node, "'\(op)' casts from '\(source)' to '\(target)'")
        }
        guard case .structure(let s) = source, s.isProtocol || s.isClass || t.isProtocol || s === t else {
            throw unsupported(node, "'\(op)' casts from '\(source)' to '\(target)'")
        }
        return ({ v in v.dynamicType?.isSubtype(of: t) ?? false }, t)
    }
}

extension Compiler {
    /// Whether `type` is `Int`, `Double`, `Float` or a fixed-width integer type.
    private func isNumberType(_ type: SType) -> Bool { type.isNumeric || isFloat(type) || fixedWidthKind(type) != nil }
}

extension Value {
    /// The note's type of a struct, enum or class value.
    var dynamicType: StructType? {
        switch self {
        case .instance(let o): o.type
        case .structure(let s): s.type
        case .enumeration(let e): e.tag.owner
        default: nil
        }
    }
}
