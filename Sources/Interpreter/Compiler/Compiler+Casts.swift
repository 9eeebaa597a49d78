import Foundation
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
            // A `String` bridges to Foundation's `NSString` and back.
            if case .native(let t) = target, t === bindings.nsString {
                let text = try folded(lhs, expected: .string)
                if case .string = text.type {
                    let code = text.code
                    return Typed(type: target) { f in t.box(NSString(string: try code(f).description)) }
                }
            }
            if case .string = target, let value = try? folded(lhs, expected: nil), case .native(let t) = value.type, t === bindings.nsString {
                let code = value.code
                return Typed(type: .string) { f in .string((try code(f).native as? NSString).map { String($0) } ?? "") }
            }
            let value = try folded(lhs, expected: target)
            return Typed(type: target, code: try coerce(value, to: target, lhs.node ?? opNode))
        }
        let value = try folded(lhs, expected: nil)
        if value.type.wrapsAny { return try castFromAny(op, value, to: target, opNode) }
        let (test, t) = try castTest(from: value.type, to: target, op, opNode)
        // A cast that always succeeds converts as `as` does (`bowl as? any Objective` gives the
        // note's value to Optim as the protocol's); one to a type of the note gives the note's
        // value out of one of Optim's protocols, and one to Optim's type or protocol keeps it in.
        let code = value.type.conforms(to: target) ? try coerce(value, to: target, lhs.node ?? opNode) : value.code
        let at = self.at(opNode)
        let result = { (v: Value) in Self.castValue(v, from: value.type, to: target, t) }
        switch op {
        case "is":
            return Typed(type: .bool) { f in .bool(test(try code(f))) }
        case "as?":
            return Typed(type: .optional(target)) { f in
                let v = try code(f)
                return test(v) ? .some(result(v)) : .none
            }
        default:
            let source = value.type
            let name = t.map(\.nestedName) ?? target.description
            return Typed(type: target) { f in
                let v = try code(f)
                guard test(v) else {
                    // A value of Optim's types by the name Swift's reflection gives (`Optim.Quadratic`).
                    let native = if case .object(let o) = v { String(reflecting: Swift.type(of: o.value)) } else { source.description }
                    let from = v.dynamicType.map(\.nestedName) ?? native
                    throw InterpreterError(message: "Could not cast value of type '\(from)' to '\(name)'", at: at)
                }
                return result(v)
            }
        }
    }

    /// Whether a value of static type `source` is a `target` at run time, and the note's type
    /// `target` names; fails at compile time for a cast outside the supported ones.
    func castTest(from source: SType, to target: SType, _ op: String,
                          _ node: Syntax) throws -> (test: (Value) -> Bool, type: StructType?) {
        // From an optional (`shapes.first as? Square`): the value it holds, if any (see `castValue`).
        if case .optional(let wrapped) = source, target.optionalDepth == 0 {
            let (test, t) = try castTest(from: wrapped, to: target, op, node)
            return ({ v in v.unwrapped.map(test) ?? false }, t)
        }
        guard case .structure(let t) = target else {
            if source.conforms(to: target) { return ({ _ in true }, nil) }
            // From one of Optim's protocols to its other types and protocols (`objective as? any
            // LeastSquaresObjective`, `as? Rosenbrock`), asked of the value's own type.
            if case .native(let p) = source, p.isProtocol, case .native(let q) = target {
                return ({ v in v.isNativeValue(of: q) }, nil)
            }
            // Distinct number types (`x is Int64` for an `Int` x): swiftc warns that the cast always fails.
            if isNumberType(source), isNumberType(target), !source.conforms(to: target) { return ({ _ in false }, nil) }
            throw unsupported(node, "'\(op)' casts from '\(source)' to '\(target)'")
        }
        // In Swift every error bridges to an `NSError`; here only an `NSError` is one.
        if t === runtime.nsError, !source.isExactly(target) {
            throw unsupported(node, "'\(op)' casts of '\(source)' to 'NSError', which every error bridges to in Swift")
        }
        // A caught error (`error is DivergenceError`): the type of the value thrown.
        if case .error = source { return ({ v in v.dynamicType?.isSubtype(of: t) ?? false }, t) }
        // An Optim protocol's value: one of the note's types adopting it may be inside.
        if case .native(let p) = source, p.isProtocol, t.conformances.contains("Optim." + p.name) {
            return ({ v in v.dynamicType?.isSubtype(of: t) ?? false }, t)
        }
        guard case .structure(let s) = source, s.isProtocol || s.isClass || t.isProtocol || s === t else {
            throw unsupported(node, "'\(op)' casts from '\(source)' to '\(target)'")
        }
        return ({ v in v.dynamicType?.isSubtype(of: t) ?? false }, t)
    }
}

extension Compiler {
    /// The value `v` of type `source`, which a cast to `target` (of the note's type `t`, if any)
    /// accepts, as a value of `target`: the value an optional holds, and the note's value inside
    /// one of Optim's protocols.
    static func castValue(_ v: Value, from source: SType, to target: SType, _ t: StructType?) -> Value {
        var value = v
        if source.optionalDepth > 0, target.optionalDepth == 0 { value = value.unwrapped ?? value }
        return t == nil ? value : value.openedNoteValue
    }
}

/// `Any`: a value becomes one with the type it had, and casts and `type(of:)` ask that type.
extension Compiler {
    /// Code converting `typed` to `expected` when `expected` holds `Any` where `typed`'s type does
    /// not (`Any`, `[Any]`, `[String: Any]`, `Any?`): each value that becomes an `Any` is held
    /// with its static type. Nil when no conversion is needed.
    func anyConversion(_ typed: Typed, to expected: SType, _ node: some SyntaxProtocol) throws -> Code? {
        guard expected.containsAny, !typed.type.containsAny || !expected.isExactly(typed.type) else { return nil }
        guard let convert = try existentialConversion(from: typed.type, to: expected, node) else { return nil }
        let code = typed.code
        return { f in convert(try code(f)) }
    }

    /// The conversion of values of type `source` to `target`, which holds `Any` (see
    /// `anyConversion`); nil when the values need none.
    private func existentialConversion(from source: SType, to target: SType,
                                       _ node: some SyntaxProtocol) throws -> ((Value) -> Value)? {
        switch (source, target) {
        case (.any, .any): return nil
        case (.native(let t), .any) where t.metatypePrintsNested == false:
            throw unsupported(node, "converting a '\(source)' to 'Any': the text Swift prints for its types nested in another value is not known here")
        case (_, .any): return { .existential(Existential($0, source)) }
        case let (.array(a), .array(b)):
            guard let element = try existentialConversion(from: a, to: b, node) else { return nil }
            return { v in if case .array(let xs) = v { .array(xs.map(element)) } else { v } }
        case let (.dictionary(k, a), .dictionary(_, b)) where !k.containsAny:
            guard let element = try existentialConversion(from: a, to: b, node) else { return nil }
            return { v in
                guard case .dictionary(var d) = v else { return v }
                d.values = d.values.map(element)
                return .dictionary(d)
            }
        case let (.optional(a), .optional(b)):
            guard let wrapped = try existentialConversion(from: a, to: b, node) else { return nil }
            return { v in if case .some(let x) = v { .some(wrapped(x)) } else { v } }
        case (.nilLiteral, .optional): return nil
        case let (_, .optional(b)):
            guard let wrapped = try existentialConversion(from: source, to: b, node) else { return nil }
            return { .some(wrapped($0)) }
        default:
            guard target.containsAny else { return nil }
            throw unsupported(node, "converting a '\(source)' to '\(target)' (convert its elements to 'Any' one by one)")
        }
    }

    /// `x is T`, `x as? T` or `x as! T` for an `Any` (or `Any?`) `x`: the type `x` had is `T` (or,
    /// for a protocol, conforms to it; optionals are looked through, as Swift does).
    fileprivate func castFromAny(_ op: String, _ value: Typed, to target: SType, _ node: Syntax) throws -> Typed {
        let (code, at) = (value.code, self.at(node))
        let name = target.qualifiedName
        let cast = anyCast(from: value.type, to: target, at)
        switch op {
        case "is": return Typed(type: .bool) { f in .bool(try cast(try code(f)) != nil) }
        case "as?": return Typed(type: .optional(target)) { f in try cast(try code(f)).map { .some($0) } ?? .none }
        default:
            return Typed(type: target) { f in
                let v = try code(f)
                guard let x = try cast(v) else {
                    throw InterpreterError(message: "Could not cast value of type '\(try Self.typeName(ofAny: v, at, qualified: true))' to '\(name)'", at: at)
                }
                return x
            }
        }
    }

    /// The cast of a value of type `source` (`Any`, `Any?`, …) to `target`: the value as a
    /// `target`, or nil when it is not one (also for `nil`, looked through).
    func anyCast(from source: SType, to target: SType, _ at: SourcePoint) -> (Value) throws -> Value? {
        var depth = 0, type = source
        while case .optional(let wrapped) = type { (depth, type) = (depth + 1, wrapped) }
        return { v in
            var v = v
            for _ in 0..<depth {
                guard case .some(let inner) = v else { return nil }
                v = inner
            }
            return try Self.unwrap(v, as: target, at)
        }
    }

    /// The value inside the `Any` `v` if it is of type `target`, else nil.
    private static func unwrap(_ v: Value, as target: SType, _ at: SourcePoint) throws -> Value? {
        guard case .existential(let e) = v else { throw unknownType(at) }
        if case .any = target { return v }
        var (value, type) = (e.value, e.type)
        while case .optional(let wrapped) = type, !target.isOptional {
            guard case .some(let inner) = value else { return nil }
            (value, type) = (inner, wrapped)
        }
        switch target {
        case .structure(let t): return value.dynamicType?.isSubtype(of: t) == true ? value : nil
        // A protocol of Optim's, or `Error`: the type conforms to it.
        case .native(let t) where t.isProtocol: return type.conforms(to: target) ? value : nil
        case .error: return type.conforms(to: target) ? value : nil
        default: return type.isExactly(target) ? value : nil
        }
    }

    /// The name of the type of the value inside the `Any` `v`, as `type(of:)` prints it, or
    /// `qualified` with its module, as a failed cast names it.
    static func typeName(ofAny v: Value, _ at: SourcePoint, qualified: Bool = false) throws -> String {
        guard case .existential(let e) = v else { throw unknownType(at) }
        if let dynamic = e.value.dynamicType { return qualified ? dynamic.nestedName : dynamic.shortName }
        return qualified ? e.type.qualifiedName : e.type.metatypeName
    }

    /// The error for a value of type `Any` not held as an `Existential`, which the compiler never makes.
    private static func unknownType(_ at: SourcePoint) -> InterpreterError {
        InterpreterError(message: "internal error: a value of type 'Any' without the type it had", at: at)
    }
}

extension Compiler {
    /// How `contains(_:)` and `firstIndex(of:)` compare elements of type `element`: with the `==`
    /// a type inside it declares, or by what they hold; `Any`, which is not `Equatable`, fails as
    /// in swiftc (comparing the values inside would answer where Swift refuses).
    func elementEquality(_ element: SType, _ call: FunctionCallExprSyntax) throws -> (Value, Value) throws -> Bool {
        let method = call.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(call)
        if case .any = element { throw error(method, "type 'Any' cannot conform to 'Equatable'") }
        return declaredEquality(element, at: at(call)) ?? { $0 == $1 }
    }

    /// Fails, with swiftc's message, where `type` must be `Hashable` (a set's element, a
    /// dictionary's key) and is not: in a type written at `node`, or, with `generic` (`Set`,
    /// `Dictionary`), for a value of that generic type `node` makes.
    func requireHashable(_ type: SType, _ node: some SyntaxProtocol, generic: String? = nil) throws {
        guard isHashable(type) else {
            if case .tuple = type, generic != nil { throw error(node, "type '\(type)' cannot conform to 'Hashable'") }
            if case .any = type { throw error(node, "type 'Any' does not conform to protocol 'Hashable'") }
            if let generic { throw error(node, "generic struct '\(generic)' requires that '\(type)' conform to 'Hashable'") }
            throw error(node, "type '\(type)' does not conform to protocol 'Hashable'")
        }
    }

    /// Whether values of `type` are `Hashable`: numbers, text, `Bool`, ranges, a type of the note
    /// declaring it (or an enum without associated values), and collections and optionals of
    /// such; not tuples, functions or `Any`.
    func isHashable(_ type: SType) -> Bool {
        switch type {
        case .array(let e), .optional(let e), .set(let e): isHashable(e)
        case .dictionary(_, let v): isHashable(v)
        case .structure(let t): t.conformances.contains("Hashable") || (!t.isClass && t.cases?.allSatisfy { $0.parameters.isEmpty } ?? false)
        case .tuple, .function, .any, .void, .nilLiteral: false
        default: true
        }
    }
}

extension SType {
    /// Whether `Any` appears in the type.
    var containsAny: Bool {
        switch self {
        case .any: true
        case .array(let e), .optional(let e), .set(let e): e.containsAny
        case .dictionary(let k, let v): k.containsAny || v.containsAny
        case .tuple(let ts, _): ts.contains(where: \.containsAny)
        case .function(let ps, let r, _): ps.contains(where: \.containsAny) || r.containsAny
        default: false
        }
    }

    /// The type as a failed cast names it: with its module (`Swift.Array<Swift.Int>`).
    var qualifiedName: String {
        switch self {
        case .int, .double, .bool, .string, .character, .substring: "Swift.\(self)"
        case .array(let e): "Swift.Array<\(e.qualifiedName)>"
        case .optional(let w): "Swift.Optional<\(w.qualifiedName)>"
        case .dictionary(let k, let v): "Swift.Dictionary<\(k.qualifiedName), \(v.qualifiedName)>"
        case .set(let e): "Swift.Set<\(e.qualifiedName)>"
        case .structure(let s): s.nestedName
        default: metatypeName
        }
    }

    /// Whether the type is `Any`, or an optional of one (`Any?`, as a `[String: Any]` subscript gives).
    var wrapsAny: Bool {
        switch self {
        case .any: true
        case .optional(let w): w.wrapsAny
        default: false
        }
    }

    /// Whether the type is an array or a dictionary, whose initialisers `arrayInitializer` compiles.
    var isArrayOrDictionary: Bool {
        switch self {
        case .array, .dictionary: true
        default: false
        }
    }

    /// Whether the type is an optional.
    var isOptional: Bool {
        if case .optional = self { true } else { false }
    }

    /// Whether the two types are the same: each conforms to the other.
    func isExactly(_ other: SType) -> Bool { conforms(to: other) && other.conforms(to: self) }
}

extension Compiler {
    /// Whether `type` is `Int`, `Double`, `Float` or a fixed-width integer type.
    private func isNumberType(_ type: SType) -> Bool { type.isNumeric || isFloat(type) || fixedWidthKind(type) != nil }
}

extension Value {
    /// Whether the value, of one of Optim's protocols, is of the type `t` or conforms to the
    /// protocol `t`: asked of the Swift value's type, or of the note's type of a value of the
    /// note inside (see `NoteValueBox`), which may adopt Optim's protocols.
    func isNativeValue(of t: NativeType) -> Bool {
        guard case .object(let o) = self else { return false }
        guard let box = o.value as? NoteValueBox else { return o.type.conforms(to: t) }
        return t.isProtocol && box.noteValue.dynamicType?.conformances.contains("Optim." + t.name) == true
    }

    /// The note's type of a struct, enum or class value (also one Optim holds as one of its
    /// protocols, see `NoteValueBox`).
    var dynamicType: StructType? {
        switch self {
        case .instance(let o): o.type
        case .structure(let s): s.type
        case .enumeration(let e): e.tag.owner
        case .object(let o): (o.value as? NoteValueBox)?.noteValue.dynamicType
        default: nil
        }
    }
}
