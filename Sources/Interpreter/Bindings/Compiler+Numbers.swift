import SwiftSyntax

/// Swift's `Float` and fixed-width integer types (`UInt8`, `Int32`, `UInt64`, …), boxed as the
/// Swift types themselves, so that every operation rounds, overflows, wraps and prints exactly
/// as Swift's does (`Float(1) / 3` prints `0.33333334`; `UInt8(255) + 1` traps; `&+` wraps).
///
/// Literals take these types where one is expected (`let x: Float = 0.1`, `b & 0x0F`); a value
/// of another type needs an explicit conversion, as in Swift.
extension Compiler {
    /// The type of a `Float`.
    var floatType: SType { .native(bindings.float) }

    /// Whether `type` is `Float`.
    func isFloat(_ type: SType) -> Bool {
        if case .native(let t) = type { t === bindings.float } else { false }
    }

    /// The fixed-width integer type `type` is, if it is one.
    func fixedWidthKind(_ type: SType) -> FixedWidthKind? {
        guard case .native(let t) = type, let kind = bindings.fixedWidth[t.name], kind.type === t else { return nil }
        return kind
    }

    /// The code of a number literal (`0.1`, `2`, `-1.5`, `0xFF`) where a `Float` or a fixed-width
    /// integer is expected; nil for anything else. A `Float` literal is read from its text, as
    /// Swift reads it; an integer literal the type cannot hold is an error, as in Swift.
    func numberLiteral(_ typed: Typed, to expected: SType, _ node: some SyntaxProtocol) throws -> Code? {
        // `best = 0.5` into a `Float?`: the literal of the wrapped type, wrapped.
        if case .optional(let wrapped) = expected, typed.type.optionalDepth == 0 {
            return try numberLiteral(typed, to: wrapped, node).map { code in { f in .some(try code(f)) } }
        }
        // Where a protocol's `Self` opened to a standard type expects a literal (`2 * self` in an
        // extension of the protocol, for `Double`), the literal is one of that type.
        if case .structure(let t) = expected, let builtin = t.opened?.builtin, typed.constant != nil || typed.constantInt != nil,
           let literal = ExprSyntax(Syntax(node)) {
            return try coerce(try expression(literal, expected: builtin), to: builtin, literal)
        }
        if case .structure(let t) = expected, t.generic == nil, t.specialisation == nil, let literal = literalInitializer(typed, t),
           let name = t.isAssociatedType ? scope.name(of: t) : t.name {
            // A type of the note that a literal initialises (`let x: Dual = 3`, or `3 * x` of a
            // generic `T` standing for one): its `init(integerLiteral:)` or `init(floatLiteral:)`,
            // run where the literal stands.
            return try expression(synthesized("\(name)(\(literal))", anchor: 0, at: node), expected: expected).code
        }
        if let kind = fixedWidthKind(expected), let n = typed.constantInt {
            guard let value = kind.exactly(n) else { throw literalOverflow(n, kind, node) }
            return { _ in value }
        }
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

    /// The arguments of the initialiser by which `t` takes the number literal `typed`, if it is
    /// one and `t` declares it takes such literals: `integerLiteral: 3` for an integer literal
    /// where `t` is `ExpressibleByIntegerLiteral`, `floatLiteral: 2.5` for a floating-point one
    /// where it is `ExpressibleByFloatLiteral`.
    private func literalInitializer(_ typed: Typed, _ t: StructType) -> String? {
        let (integers, floats) = (t.conformances.contains("ExpressibleByIntegerLiteral"), t.conformances.contains("ExpressibleByFloatLiteral"))
        if let n = typed.constantInt { return integers ? "integerLiteral: \(n)" : nil }
        guard floats, let x = typed.constant else { return nil }
        return "floatLiteral: \(x)"
    }

    /// Compiles `l op r` when a side is a `Float` or fixed-width integer: arithmetic, bitwise and
    /// shift operators and comparisons of two values of the type, a number literal on the other
    /// side taken as one (or an `Int` shift amount); nil when neither side is of these types.
    /// `operands` locate the sides, for a literal the type cannot hold.
    func numberOperator(_ op: String, _ l: Typed, _ r: Typed, _ node: Syntax, operands: (Syntax, Syntax)) throws -> Typed? {
        let mismatch = error(node, "binary operator '\(op)' cannot be applied to operands of type '\(l.type)' and '\(r.type)'")
        if isFloat(l.type) || isFloat(r.type) {
            guard let a = floatOperand(l), let b = floatOperand(r) else { throw mismatch }
            let float = bindings.float
            if let arithmetic = Self.floatArithmetic(op) {
                return Typed(type: floatType) { f in float.box(arithmetic(try a(f), try b(f))) }
            }
            guard let comparison = Self.comparison(Float.self, op) else { throw mismatch }
            return Typed(type: .bool) { f in .bool(comparison(try a(f), try b(f))) }
        }
        guard let kind = fixedWidthKind(l.type) ?? fixedWidthKind(r.type) else { return nil }
        if let shift = kind.shift(op), fixedWidthKind(l.type) != nil {
            // A smart shift takes an amount of any integer type.
            let (a, amount) = (l.code, try shiftAmount(r, node))
            guard let amount else { throw mismatch }
            return Typed(type: l.type) { f in shift(try a(f), try amount(f)) }
        }
        let (a, b) = (try integerOperand(l, kind, operands.0), try integerOperand(r, kind, operands.1))
        guard let a, let b else { throw mismatch }
        let at = self.at(node)
        if let arithmetic = kind.arithmetic(op) {
            return Typed(type: .native(kind.type)) { f in
                switch arithmetic(try a(f), try b(f)) {
                case .success(let v): return v
                case .failure(let trap): throw InterpreterError(message: trap.text, at: at)
                }
            }
        }
        guard let comparison = kind.comparison(op) else { throw mismatch }
        return Typed(type: .bool) { f in .bool(comparison(try a(f), try b(f))) }
    }

    /// A `Float` operand: a `Float`, or a number literal made one.
    private func floatOperand(_ t: Typed) -> ((Frame) throws -> Float)? {
        if isFloat(t.type) {
            let code = t.code
            return { f in try code(f).native as? Float ?? .nan }
        }
        guard let c = t.constantInt.map(Float.init) ?? t.constant.map(Float.init) else { return nil }
        return { _ in c }
    }

    /// The amount of a smart shift, of any integer type, as an `Int` (one too large for an `Int`
    /// shifts every bit out, as `Int.max` does).
    private func shiftAmount(_ t: Typed, _ node: Syntax) throws -> ((Frame) throws -> Int)? {
        let code = t.code
        if case .int = t.type { return { f in try code(f).int } }
        guard let kind = fixedWidthKind(t.type) else { return nil }
        return { f in kind.toInt(try code(f)) ?? .max }
    }

    /// swiftc's error for the integer literal `n` (its value, whatever base it is written in)
    /// where a fixed-width type that cannot hold it is expected.
    func literalOverflow(_ n: Int, _ kind: FixedWidthKind, _ node: some SyntaxProtocol) -> InterpreterError {
        n < 0 && kind.negate == nil
            ? error(node, "negative integer '\(n)' overflows when stored into unsigned type '\(kind.type.name)'")
            : error(node, "integer literal '\(n)' overflows when stored into '\(kind.type.name)'")
    }

    /// An operand of a fixed-width integer operator: a value of `kind`, or an integer literal
    /// made one.
    private func integerOperand(_ t: Typed, _ kind: FixedWidthKind, _ node: Syntax) throws -> Code? {
        if let own = fixedWidthKind(t.type) { return own.type === kind.type ? t.code : nil }
        if let n = t.constantInt {
            guard let value = kind.exactly(n) else { throw literalOverflow(n, kind, node) }
            return { _ in value }
        }
        return nil
    }

    /// An integer literal too large for an `Int` (`0xFFFF_FFFF_FFFF_FFFF`) where a `UInt64` or
    /// `UInt` is expected; nil where none is, or the type cannot hold it either.
    func wideIntegerLiteral(_ digits: String, radix: Int, expected: SType?) -> Typed? {
        guard let expected, let kind = fixedWidthKind(expected), let value = kind.parse(digits, radix) else { return nil }
        return Typed(type: expected) { _ in value }
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

    /// The comparison operator `op` of a `Comparable` type, nil if `op` is none.
    static func comparison<T: Comparable>(_: T.Type, _ op: String) -> ((T, T) -> Bool)? {
        switch op {
        case "<": { $0 < $1 }
        case "<=": { $0 <= $1 }
        case ">": { $0 > $1 }
        case ">=": { $0 >= $1 }
        case "==": { $0 == $1 }
        case "!=": { $0 != $1 }
        default: nil
        }
    }

    /// The operation of `place op= value` when `place` is a `Float` or fixed-width integer (a
    /// literal `value` has been given its type already); nil for another place.
    func numberCompound(_ op: String, _ place: SType, _ value: SType, _ node: Syntax) throws -> ((Value, Value) throws -> Value)? {
        let mismatch = error(node, "binary operator '\(op)=' cannot be applied to operands of type '\(place)' and '\(value)'")
        if isFloat(place) {
            guard isFloat(value), let arithmetic = Self.floatArithmetic(op) else { throw mismatch }
            let float = bindings.float
            return { a, b in float.box(arithmetic(a.native as? Float ?? .nan, b.native as? Float ?? .nan)) }
        }
        guard let kind = fixedWidthKind(place) else { return nil }
        if let shift = kind.shift(op) {
            // `x <<= n` shifts by an amount of any integer type, as `x << n` does.
            let amount = fixedWidthKind(value)
            guard amount != nil || value.conforms(to: .int) else { throw mismatch }
            return { a, b in shift(a, amount.map { $0.toInt(b) ?? .max } ?? b.int) }
        }
        guard fixedWidthKind(value)?.type === kind.type, let arithmetic = kind.arithmetic(op) else { throw mismatch }
        let at = self.at(node)
        return { a, b in
            switch arithmetic(a, b) {
            case .success(let v): return v
            case .failure(let trap): throw InterpreterError(message: trap.text, at: at)
            }
        }
    }

    /// Compiles `-x` or `~x` of a `Float` or fixed-width integer.
    func numberPrefixOperator(_ op: String, _ operand: Typed, _ node: some SyntaxProtocol) throws -> Typed {
        let (code, at) = (operand.code, self.at(node))
        if op == "-", isFloat(operand.type) {
            let float = bindings.float
            return Typed(type: operand.type) { f in float.box(-(try code(f).native as? Float ?? .nan)) }
        }
        if let kind = fixedWidthKind(operand.type) {
            if op == "~" { return Typed(type: operand.type) { f in kind.not(try code(f)) } }
            if op == "-", let negate = kind.negate {
                return Typed(type: operand.type) { f in
                    switch negate(try code(f)) {
                    case .success(let v): return v
                    case .failure(let trap): throw InterpreterError(message: trap.text, at: at)
                    }
                }
            }
        }
        throw error(node, "unary operator '\(op)' cannot be applied to an operand of type '\(operand.type)'")
    }

    /// Compiles `init(truncatingIfNeeded:)`, `init(bitPattern:)` or `init(exactly:)` of `Int` or
    /// of the fixed-width integer type named `name`, or `Double(bitPattern:)` of a `UInt64` or
    /// `Float(bitPattern:)` of a `UInt32`; nil for another initialiser.
    func labelledIntegerConversion(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard args.count == 1, let label = args[0].label, ["truncatingIfNeeded", "bitPattern", "exactly"].contains(label) else { return nil }
        let pattern = label == "bitPattern" ? floatingPointBitPattern(name) : nil
        guard name == "Int" || bindings.fixedWidth[name] != nil || pattern != nil else { return nil }
        if label == "exactly" { try checkFloatLiteralConversion(name, args[0].expression, exact: true, c) }
        let target = pattern.map { SType.native($0.type) } ?? bindings.fixedWidth[name].map { SType.native($0.type) }
        var value = try expression(args[0].expression, expected: target)
        if let pattern, let target {
            if let literal = try numberLiteral(value, to: target, args[0].expression) { value = Typed(type: target, code: literal) }
            guard fixedWidthKind(value.type)?.type === pattern.type else {
                throw error(args[0].expression, "cannot convert value of type '\(value.type)' to expected argument type '\(target)'")
            }
        }
        return try numberConversion(name, label, value, at(c))
    }

    /// The type of the bit pattern of the floating-point type named `name`: `UInt64` for
    /// `Double`, `UInt32` for `Float`; nil for another type.
    private func floatingPointBitPattern(_ name: String) -> FixedWidthKind? {
        switch name {
        case "Double": bindings.fixedWidth["UInt64"]
        case "Float": bindings.fixedWidth["UInt32"]
        default: nil
        }
    }

    /// Compiles a conversion between `Int`, `Double`, `String`, `Float` and the fixed-width integer
    /// types of `value` to the type named `name` (with `label`, one of `init(truncatingIfNeeded:)`,
    /// `init(bitPattern:)` and `init(exactly:)`); nil for a conversion these types take no part in.
    func numberConversion(_ name: String, _ label: String?, _ value: Typed, _ at: SourcePoint) throws -> Typed? {
        let target = name == "Float" ? floatType : bindings.fixedWidth[name].map { .native($0.type) }
        let source = fixedWidthKind(value.type)
        guard target != nil || source != nil || isFloat(value.type) else { return nil }
        let code = value.code
        switch (name, label) {
        case ("Int", "truncatingIfNeeded"):
            guard let source else { return value.type.conforms(to: .int) ? value : nil }
            return Typed(type: .int) { f in .int(source.intTruncating(try code(f))) }
        case ("Double", "bitPattern"):
            guard let source, source.type === floatingPointBitPattern(name)?.type else { return nil }
            return Typed(type: .double) { f in .double(Double(bitPattern: try code(f).native as? UInt64 ?? 0)) }
        case ("Float", "bitPattern"):
            guard let source, source.type === floatingPointBitPattern(name)?.type else { return nil }
            let float = bindings.float
            return Typed(type: floatType) { f in float.box(Float(bitPattern: try code(f).native as? UInt32 ?? 0)) }
        case ("Int", nil), ("Int", "exactly"):
            let exact = label == "exactly"
            if let source {
                return Typed(type: exact ? .optional(.int) : .int) { f in
                    guard let n = source.toInt(try code(f)) else {
                        if exact { return .none }
                        throw InterpreterError(message: "Not enough bits to represent the passed value", at: at)
                    }
                    return exact ? .some(.int(n)) : .int(n)
                }
            }
            guard isFloat(value.type), !exact else { return nil }
            return Typed(type: .int) { f in
                let x = try code(f).native as? Float ?? .nan
                guard let v = Int(exactly: x.rounded(.towardZero)) else {
                    throw InterpreterError(message: "Float value \(x) cannot be converted to Int", at: at)
                }
                return .int(v)
            }
        case ("Int", "bitPattern"):
            guard let pattern = source?.intBitPattern else { return nil }
            return Typed(type: .int) { f in .int(pattern(try code(f))) }
        case ("Double", nil):
            if let source { return Typed(double: { f in source.toDouble(try code(f)) }) }
            guard isFloat(value.type) else { return nil }
            return Typed(double: { f in Double(try code(f).native as? Float ?? .nan) })
        case ("Float", nil):
            let float = bindings.float
            switch value.type {
            case .double: return Typed(type: floatType) { f in float.box(Float(try code(f).double)) }
            case .int: return Typed(type: floatType) { f in float.box(Float(try code(f).int)) }
            case .string: return Typed(type: .optional(floatType)) { f in Float(try code(f).string).map { .some(float.box($0)) } ?? .none }
            case let t where isFloat(t): return value
            default:
                guard let source else { return nil }
                return Typed(type: floatType) { f in float.box(Float(source.toDouble(try code(f)))) }
            }
        default:
            break
        }
        guard let kind = bindings.fixedWidth[name], let target else { return nil }
        switch (label, value.type) {
        case (nil, .string):
            return Typed(type: .optional(target)) { f in kind.parse(try code(f).string, 10).map { .some($0) } ?? .none }
        case (nil, .double), ("exactly", .double):
            let exact = label == "exactly"
            return Typed(type: exact ? .optional(target) : target) { f in
                let x = try code(f).double
                if exact { return x.rounded(.towardZero) == x ? kind.fromDouble(x).map { .some($0) } ?? .none : .none }
                guard let v = kind.fromDouble(x) else {
                    throw InterpreterError(message: "Double value \(x) cannot be converted to \(name)", at: at)
                }
                return v
            }
        case (nil, _), ("exactly", _):
            let exact = label == "exactly"
            guard source != nil || value.type.conforms(to: .int) else { return nil }
            return Typed(type: exact ? .optional(target) : target) { f in
                guard let v = kind.converting(try code(f)) else {
                    if exact { return .none }
                    throw InterpreterError(message: "Not enough bits to represent the passed value", at: at)
                }
                return exact ? .some(v) : v
            }
        case ("truncatingIfNeeded", _):
            guard source != nil || value.type.conforms(to: .int) else { return nil }
            return Typed(type: target) { f in kind.truncating(try code(f)) }
        case ("bitPattern", .int):
            guard let pattern = kind.bitPattern else { return nil }
            return Typed(type: target) { f in pattern(try code(f).int) }
        // Between the types of `Int`'s width (`Int64(bitPattern: UInt64.max)`), the bits are kept as they are.
        case ("bitPattern", _):
            guard kind.bitPattern != nil, source?.intBitPattern != nil else { return nil }
            return Typed(type: target) { f in kind.truncating(try code(f)) }
        default:
            return nil
        }
    }

    /// Compiles `x.rounded(.down)` of a `Float` (its `rounded()` is bound); nil for anything else.
    func floatRoundedCall(_ base: Typed, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        guard isFloat(base.type), name == "rounded", args.count == 1, args[0].label == nil else { return nil }
        let (rule, float, code) = (try roundingRule(args, "rounded", c), bindings.float, base.code)
        return Typed(type: base.type) { f in float.box((try code(f).native as? Float ?? .nan).rounded(rule)) }
    }
}
