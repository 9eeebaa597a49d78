import SwiftSyntax

/// A metatype value, as `type(of:)` gives it: printed as the type's name (`Int`, `Point`), and
/// nested in a collection, an optional or a tuple with its module (`[Swift.Int]`, `main.Point`),
/// as Swift prints it.
struct Metatype: Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The name `print(type(of: x))` shows.
    let description: String
    /// The name with its module, or nil where it is not known here (a generic type of the note):
    /// the compiler refuses to print such a metatype nested, or to make it an `Any`.
    let qualifiedName: String?
    /// What tells this type from others of the same name (the compiler's name for a type the
    /// note declares, which includes the types it is nested in and its type arguments).
    let identity: String

    var debugDescription: String { qualifiedName ?? description }
}

extension Bindings {
    /// The static type of the metatypes of values of static type `instance` (`Int.Type`), made
    /// once per session so that the compiler compares it by identity; `printsNested` tells whether
    /// every metatype it may hold has a qualified name known here.
    func metatypeType(of instance: SType, printsNested: Bool) -> NativeType {
        let name = "\(instance.metatypeName).Type"
        if let existing = metatypes[name] { return existing }
        let t = NativeType(name)
        t.metatypePrintsNested = printsNested
        metatypes[name] = t
        return t
    }
}

extension Compiler {
    /// `a == b` for two metatypes, of any static types (Swift compares them as `Any.Type?`):
    /// whether they are the same type. Nil when an operand is not a metatype.
    func metatypeEquality(_ op: String, _ l: Typed, _ r: Typed) -> Typed? {
        guard case .native(let a) = l.type, a.metatypePrintsNested != nil, case .native(let b) = r.type, b.metatypePrintsNested != nil
        else { return nil }
        let (x, y, equal) = (l.code, r.code, op == "==")
        return Typed(type: .bool) { f in
            let (p, q) = (try x(f).native as? Metatype, try y(f).native as? Metatype)
            return .bool((p?.identity == q?.identity) == equal)
        }
    }
}

extension Compiler {
    /// `T.self` for a type `T` written as an expression (`Int.self`, `Point.self`, `[Double].self`,
    /// a generic parameter's `T.self`): the metatype, as `type(of:)` gives it; nil when `base`
    /// names no type.
    func metatypeLiteral(_ base: ExprSyntax) throws -> Typed? {
        guard let type = namedType(base) else { return nil }
        let qualified = type.qualifiedTypeName
        let metatype = bindings.metatypeType(of: type, printsNested: qualified != nil)
        let value = metatype.box(Metatype(description: type.metatypeName, qualifiedName: qualified, identity: type.qualifiedName))
        return Typed(type: .native(metatype)) { _ in value }
    }
}
