import SwiftSyntax

/// Swift's `Float`, boxed as Swift's own `Float` so that every operation rounds to single
/// precision and prints as Swift prints a `Float` (`0.1`, `0.33333334`).
///
/// Literals become `Float`s where one is expected (`let x: Float = 0.1`, `x * 2`); a `Double` or
/// `Int` value needs an explicit `Float(_:)`, as in Swift.
extension Compiler {
    /// The type of a `Float`.
    var floatType: SType { .native(bindings.float) }

    /// Whether `type` is `Float`.
    func isFloat(_ type: SType) -> Bool {
        if case .native(let t) = type { t === bindings.float } else { false }
    }

    /// The code of a number literal (`0.1`, `2`, `-1.5`) where a `Float` is expected, read from its
    /// text as Swift reads a `Float` literal; nil for anything else.
    func floatLiteral(_ typed: Typed, to expected: SType, _ node: some SyntaxProtocol) -> Code? {
        guard isFloat(expected), typed.constant != nil || typed.constantInt != nil else { return nil }
        var e = ExprSyntax(Syntax(node))
        var sign = ""
        if let p = e?.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" {
            (e, sign) = (p.expression, "-")
        }
        let text = (e?.as(FloatLiteralExprSyntax.self)?.literal.text ?? e?.as(IntegerLiteralExprSyntax.self)?.literal.text)
            .map { sign + $0.replacingOccurrences(of: "_", with: "") }
        guard let value = text.flatMap(Float.init) ?? typed.constantInt.map(Float.init) ?? typed.constant.map(Float.init) else { return nil }
        let boxed = bindings.float.box(value)
        return { _ in boxed }
    }

    /// Compiles `l op r` when a side is a `Float`: arithmetic and comparisons of two `Float`s, a
    /// number literal on the other side taken as a `Float`; nil when neither side is a `Float`.
    func floatOperator(_ op: String, _ l: Typed, _ r: Typed, _ node: Syntax) throws -> Typed? {
        guard isFloat(l.type) || isFloat(r.type) else { return nil }
        func operand(_ t: Typed) -> ((Frame) throws -> Float)? {
            if isFloat(t.type) {
                let code = t.code
                return { f in try code(f).native as? Float ?? .nan }
            }
            if let c = t.constantInt.map(Float.init) ?? t.constant.map(Float.init) { return { _ in c } }
            return nil
        }
        guard let a = operand(l), let b = operand(r) else {
            throw error(node, "binary operator '\(op)' cannot be applied to operands of type '\(l.type)' and '\(r.type)'")
        }
        let float = bindings.float
        if let arithmetic = Self.floatArithmetic(op) {
            return Typed(type: floatType) { f in float.box(arithmetic(try a(f), try b(f))) }
        }
        let comparison: ((Float, Float) -> Bool)? = switch op {
        case "<": { $0 < $1 }
        case "<=": { $0 <= $1 }
        case ">": { $0 > $1 }
        case ">=": { $0 >= $1 }
        case "==": { $0 == $1 }
        case "!=": { $0 != $1 }
        default: nil
        }
        guard let comparison else {
            throw error(node, "binary operator '\(op)' cannot be applied to operands of type '\(l.type)' and '\(r.type)'")
        }
        return Typed(type: .bool) { f in .bool(comparison(try a(f), try b(f))) }
    }

    /// `Float`'s arithmetic operator `op`, nil if `op` is none.
    private static func floatArithmetic(_ op: String) -> ((Float, Float) -> Float)? {
        switch op {
        case "+": { $0 + $1 }
        case "-": { $0 - $1 }
        case "*": { $0 * $1 }
        case "/": { $0 / $1 }
        default: nil
        }
    }

    /// The operation of `place op= value` when `place` is a `Float` (a literal `value` has been
    /// made a `Float` already); nil for another place.
    func floatCompound(_ op: String, _ place: SType, _ value: SType, _ node: Syntax) throws -> ((Value, Value) throws -> Value)? {
        guard isFloat(place) else { return nil }
        guard isFloat(value), let arithmetic = Self.floatArithmetic(op) else {
            throw error(node, "binary operator '\(op)=' cannot be applied to operands of type '\(place)' and '\(value)'")
        }
        let float = bindings.float
        return { a, b in float.box(arithmetic(a.native as? Float ?? .nan, b.native as? Float ?? .nan)) }
    }

    /// Compiles `Float(x)` of a `Double`, `Int` or `Float`, `Double(x)` or `Int(x)` of a `Float`,
    /// or `Float(s)` of a `String` (an optional); nil for other conversions.
    func floatConversion(_ name: String, _ value: Typed, _ at: SourcePoint) -> Typed? {
        let (code, float) = (value.code, bindings.float)
        switch (name, value.type) {
        case ("Float", .double):
            return Typed(type: floatType) { f in float.box(Float(try code(f).double)) }
        case ("Float", .int):
            return Typed(type: floatType) { f in float.box(Float(try code(f).int)) }
        case ("Float", .string):
            return Typed(type: .optional(floatType)) { f in Float(try code(f).string).map { .some(float.box($0)) } ?? .none }
        case ("Float", let t) where isFloat(t):
            return value
        case ("Double", let t) where isFloat(t):
            return Typed(double: { f in Double(try code(f).native as? Float ?? .nan) })
        case ("Int", let t) where isFloat(t):
            return Typed(type: .int) { f in
                let x = try code(f).native as? Float ?? .nan
                guard let v = Int(exactly: x.rounded(.towardZero)) else {
                    throw InterpreterError(message: "Float value \(x) cannot be converted to Int", at: at)
                }
                return .int(v)
            }
        default:
            return nil
        }
    }
}
