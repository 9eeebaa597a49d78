import Foundation
import SwiftSyntax

/// Free functions and initialisers of the standard library beyond those in `Functions.swift`:
/// `debugPrint`, `Optional(x)`, `repeatElement(_:count:)`, `Int(_:radix:)`, `Int(exactly:)`,
/// `Double(exactly:)`, `Float(exactly:)`, `Int(clamping:)`, `Double(sign:exponent:significand:)`,
/// `fma(_:_:_:)`, Foundation's `ilogb`, `ldexp`, `scalbn`, `frexp`, `modf` and `lgamma`, and
/// `ObjectIdentifier(_:)`.
extension Compiler {
    /// Compiles a call of one of these functions, or returns nil if `name` (with these argument
    /// labels) is none of them.
    func libraryCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        let labels = args.map(\.label)
        switch (name, labels) {
        case ("debugPrint", _): return try printCall(args, debug: true)
        case ("Optional", [nil]): return try optionalCall(args[0].expression, expected: expected)
        case ("repeatElement", [nil, "count"]): return try repeatElementCall(args, c)
        case ("Int", [nil, "radix"]): return try integerParsing(name, args, c)
        case (_, [nil, "radix"]) where bindings.fixedWidth[name] != nil: return try integerParsing(name, args, c)
        case ("Int", ["exactly"]), ("Double", ["exactly"]), ("Float", ["exactly"]): return try exactConversion(name, args[0].expression, c)
        case ("Int", ["clamping"]): return try clampingConversion(name, args[0].expression, c)
        case (_, ["clamping"]) where bindings.fixedWidth[name] != nil: return try clampingConversion(name, args[0].expression, c)
        case ("Double", ["sign", "exponent", "significand"]), ("Float", ["sign", "exponent", "significand"]):
            return try floatingPointFromParts(name, args)
        case ("ObjectIdentifier", [nil]): return try objectIdentifier(args[0].expression)
        case ("fma", [nil, nil, nil]): return try fusedMultiplyAdd(args)
        case ("ilogb", [nil]), ("frexp", [nil]), ("modf", [nil]), ("lgamma", [nil]), ("ldexp", [nil, nil]), ("scalbn", [nil, nil]):
            return try floatingPointPartsCall(name, args, c, expected: expected)
        default: return nil
        }
    }

    /// Compiles Foundation's `fma(x, y, z)` of `Double`s, or of `Float`s if one is a `Float`:
    /// `x * y + z`, rounded once.
    private func fusedMultiplyAdd(_ args: [Argument]) throws -> Typed {
        let typed = try args.map { try expression($0.expression, expected: .double) }
        if typed.contains(where: { isFloat($0.type) }) {
            let (x, y, z) = (try floatArgument(typed[0], args[0].expression), try floatArgument(typed[1], args[1].expression),
                             try floatArgument(typed[2], args[2].expression))
            let float = bindings.float
            return Typed(type: floatType) { f in
                let (a, b, c) = (try x(f).native as? Float ?? .nan, try y(f).native as? Float ?? .nan, try z(f).native as? Float ?? .nan)
                return float.box(c.addingProduct(a, b))
            }
        }
        let codes = try zip(typed, args).map { try coerce($0, to: .double, $1.expression, role: "expected argument type") }
        let (x, y, z) = (codes[0], codes[1], codes[2])
        return Typed(type: .double) { f in
            guard case .double(let a) = try x(f), case .double(let b) = try y(f), case .double(let c) = try z(f) else { return .void }
            return .double(c.addingProduct(a, b))
        }
    }

    /// Compiles Foundation's `ilogb(x)`, `ldexp(x, n)`, `scalbn(x, n)`, `frexp(x)`, `modf(x)` or
    /// `lgamma(x)` of a `Double` or `Float` (see `floatingPointParts`). Integer literals alone as
    /// arguments of `ilogb`, `ldexp` and `lgamma` where nothing picks a type are swiftc's
    /// "ambiguous use" (see `isAmbiguousMath`).
    private func floatingPointPartsCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed {
        if Self.overloadedMath.contains(name), isAmbiguousMath(c) { throw error(c.calledExpression, "ambiguous use of '\(name)'") }
        let x = try expression(args[0].expression, expected: .double)
        var count: ((Frame) throws -> Int)?
        if args.count == 2 {
            // An `Int` (Swift's overload) or a `CInt` (the C library's).
            let n = try expression(args[1].expression, expected: .int)
            let code = n.code
            if case .int = n.type {
                count = { f in try code(f).int }
            } else if let int32 = bindings.fixedWidth["Int32"], fixedWidthKind(n.type)?.type === int32.type {
                count = { f in int32.toInt(try code(f)) ?? 0 }
            } else {
                throw error(c.calledExpression, "no exact matches in call to global function '\(name)'")
            }
        }
        if isFloat(x.type) {
            let float = bindings.float
            return try floatingPointParts(name, of: Float.self, x.code, count, type: floatType, box: { float.box($0) },
                                          value: { $0.native as? Float ?? .nan }, c, expected: expected)
        }
        let code = try coerce(x, to: .double, args[0].expression, role: "expected argument type")
        return try floatingPointParts(name, of: Double.self, code, count, type: .double, box: { .double($0) }, value: \.double, c, expected: expected)
    }

    /// Compiles `name(x)` (or `name(x, n)` with `count`, `n` as an `Int`) for `x` of type `T`
    /// (`type`, which `value` unboxes and `box` boxes), as the Swift overlay of the C library
    /// computes it: `ldexp` and `scalbn` scale by a power of two, `frexp` gives the significand
    /// in [0.5, 1) and the exponent, `modf` the integral and fractional parts, `ilogb` the
    /// exponent (a `CInt`, the C library's, for a `Double` unless an `Int` is expected), and
    /// `lgamma` the logarithm of the gamma function's magnitude: a `Double` where one is expected,
    /// else with the sign of the gamma function, `(T, Int)`, the only overload for a `Float`; a
    /// `Double` `lgamma` where nothing picks either is swiftc's "ambiguous use".
    private func floatingPointParts<T: BinaryFloatingPoint>(
        _ name: String, of _: T.Type, _ x: @escaping Code, _ count: ((Frame) throws -> Int)?, type: SType,
        box: @escaping (T) -> Value, value: @escaping (Value) -> T, _ c: FunctionCallExprSyntax, expected: SType?
    ) throws -> Typed {
        /// A pair of values, as Swift's unlabelled tuple.
        func pair(_ a: Value, _ b: Value) -> Value { .tuple(.pair(a, b)) }
        switch name {
        case "ldexp", "scalbn":
            guard let count else { return Typed(type: type, code: x) }
            return Typed(type: type) { f in box(T(sign: .plus, exponent: T.Exponent(try count(f)), significand: value(try x(f)))) }
        case "frexp":
            return Typed(type: .tuple([type, .int], labels: [nil, nil])) { f in
                let r = frexp(value(try x(f)))
                return pair(box(r.0), .int(r.1))
            }
        case "modf":
            return Typed(type: .tuple([type, type], labels: [nil, nil])) { f in
                let r = modf(value(try x(f)))
                return pair(box(r.0), box(r.1))
            }
        case "ilogb":
            if T.self == Double.self, expected?.isExactly(.int) != true, let int32 = bindings.fixedWidth["Int32"]?.type {
                return Typed(type: .native(int32)) { f in int32.box(Foundation.ilogb(try x(f).double)) }
            }
            return Typed(type: .int) { f in .int(Int(value(try x(f)).exponent)) }
        default:
            if T.self == Double.self, try lgammaIsDouble(c, expected: expected) {
                return Typed(type: .double) { f in .double(Foundation.lgamma(try x(f).double)) }
            }
            return Typed(type: .tuple([type, .int], labels: [nil, nil])) { f in
                // Computed in the argument's type, as each overload is.
                let v = value(try x(f))
                let (y, sign): (T, Int)
                if let single = v as? Float {
                    let r: (Float, Int) = lgamma(single)
                    (y, sign) = (T(r.0), r.1)
                } else {
                    let r: (Double, Int) = lgamma(Double(v))
                    (y, sign) = (T(r.0), r.1)
                }
                return pair(box(y), .int(sign))
            }
        }
    }

    /// Whether the call `c` of `lgamma` of a `Double` is the C library's, of type `Double`, rather
    /// than the overlay's `(Double, Int)`: where a `Double` is expected or the value is used in
    /// arithmetic; the pair where one is expected, destructured or taken apart (`lgamma(x).1`);
    /// otherwise swiftc finds the call ambiguous.
    private func lgammaIsDouble(_ c: FunctionCallExprSyntax, expected: SType?) throws -> Bool {
        if let expected {
            if case .tuple = expected { return false }
            if expected.conforms(to: .double) { return true }
        }
        var node = Syntax(c)
        while let t = node.parent?.as(LabeledExprSyntax.self)?.parent?.parent?.as(TupleExprSyntax.self), t.elements.count == 1 { node = Syntax(t) }
        if node.parent?.is(MemberAccessExprSyntax.self) == true { return false }
        if node.parent?.is(SequenceExprSyntax.self) == true || node.parent?.parent?.is(SequenceExprSyntax.self) == true { return true }
        if let binding = node.parent?.as(InitializerClauseSyntax.self)?.parent?.as(PatternBindingSyntax.self),
           binding.pattern.is(TuplePatternSyntax.self) { return false }
        throw error(c.calledExpression, "ambiguous use of 'lgamma'")
    }

    /// Compiles `ObjectIdentifier(x)` of a class instance: equal for the same instance, as Swift's.
    private func objectIdentifier(_ e: ExprSyntax) throws -> Typed {
        let value = try expression(e)
        if case .native(let t) = value.type, t.metatypeOf != nil { throw unsupported(e, "'ObjectIdentifier' of a metatype") }
        guard case .structure(let t) = value.type, t.isClass else {
            throw error(e, "argument type '\(value.type)' expected to be an instance of a class or class-constrained type")
        }
        let (code, type) = (value.code, bindings.types["ObjectIdentifier"]!)
        return Typed(type: .native(type)) { f in
            guard case .instance(let o) = try code(f) else { return .void }
            return .object(NativeObject(ObjectIdentifier(o), type))
        }
    }

    /// Compiles `Optional.some(x)`, or `.some(x)` where an optional is expected; nil for another call.
    func optionalCaseCall(_ m: MemberAccessExprSyntax, _ args: [Argument], expected: SType?) throws -> Typed? {
        guard m.declName.baseName.text == "some", args.count == 1, args[0].label == nil else { return nil }
        if let base = m.base {
            guard base.as(DeclReferenceExprSyntax.self)?.baseName.text == "Optional", resolve("Optional") == nil,
                  scope.lookupType("Optional") == nil else { return nil }
        } else {
            guard case .optional? = expected else { return nil }
        }
        return try optionalCall(args[0].expression, expected: expected)
    }

    /// Compiles `Optional(x)`: `x` wrapped, of the optional type expected if there is one.
    private func optionalCall(_ e: ExprSyntax, expected: SType?) throws -> Typed {
        var wrappedHint: SType?
        if case .optional(let w)? = expected { wrappedHint = w }
        let value = try expression(e, expected: wrappedHint)
        let wrapped = wrappedHint ?? value.type
        let code = try coerce(value, to: wrapped, e)
        return Typed(type: .optional(wrapped)) { f in .some(try code(f)) }
    }

    /// Compiles `repeatElement(x, count: n)`, a `Repeated<T>` collection of `n` copies of `x`.
    private func repeatElementCall(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let value = try expression(args[0].expression)
        let count = try expression(args[1].expression, as: .int)
        let type = bindings.repeatedType(value.type)
        let (code, runtime, at) = (value.code, self.runtime, self.at(c))
        let (name, qualified) = (type.name, type.view?.qualifiedName ?? type.name)
        return Typed(type: .native(type)) { f in
            let v = try code(f)
            guard case .int(let n) = try count(f) else { return .void }
            guard n >= 0 else { throw InterpreterError(message: "Repetition count should be non-negative", at: at) }
            try runtime.checkCount(n, at)
            return type.box(LazyView(typeName: name, qualifiedTypeName: qualified,
                                     fields: zip(LazyViewKind.repeated.fieldLabels, [.int(n), v]).map { (label: $0, value: $1) },
                                     elements: Array(repeating: v, count: n)))
        }
    }

    /// Compiles `Int(text, radix: r)` or the same initialiser of a fixed-width integer type
    /// (`UInt8("ff", radix: 16)`): the number the text spells in the radix, or nil.
    private func integerParsing(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let text = try expression(args[0].expression, as: .string)
        let radix = try expression(args[1].expression, as: .int)
        let kind = bindings.fixedWidth[name]
        let parse = kind?.parse ?? { s, r in Int(s, radix: r).map { .int($0) } }
        let at = self.at(c)
        return Typed(type: .optional(kind.map { .native($0.type) } ?? .int)) { f in
            guard case .string(let s) = try text(f), case .int(let r) = try radix(f) else { return .void }
            guard (2...36).contains(r) else { throw InterpreterError(message: "Radix not in range 2...36", at: at) }
            return parse(s, r).map { .some($0) } ?? .none
        }
    }

    /// Compiles `Int(exactly: x)`, `Double(exactly: x)` or `Float(exactly: x)` of an `Int`,
    /// `Double`, `Float` or fixed-width integer: the value if the type represents it exactly, else nil.
    private func exactConversion(_ name: String, _ e: ExprSyntax, _ c: FunctionCallExprSyntax) throws -> Typed {
        let value = try expression(e)
        let code = value.code
        if name == "Int" {
            try checkFloatLiteralConversion(name, e, exact: true, c)
            if fixedWidthKind(value.type) != nil, let conversion = try numberConversion(name, "exactly", value, at(c)) { return conversion }
        }
        let float = bindings.float
        // The type converted to, and its exact conversions of a `Double`, a `Float` and an integer.
        let (type, fromDouble, fromFloat, fromInteger): (SType, (Double) -> Value?, (Float) -> Value?, (any BinaryInteger) -> Value?) =
            switch name {
            case "Int": (.int, { Int(exactly: $0).map { .int($0) } }, { Int(exactly: $0).map { .int($0) } }, { Int(exactly: $0).map { .int($0) } })
            case "Double": (.double, { Double(exactly: $0).map { .double($0) } }, { Double(exactly: $0).map { .double($0) } },
                            { Double(exactly: $0).map { .double($0) } })
            default: (floatType, { Float(exactly: $0).map { float.box($0) } }, { Float(exactly: $0).map { float.box($0) } },
                      { Float(exactly: $0).map { float.box($0) } })
            }
        let convert: (Value) -> Value?
        switch value.type {
        case .int: convert = { fromInteger($0.int) }
        case .double: convert = { fromDouble($0.double) }
        case let t where isFloat(t): convert = { fromFloat($0.native as? Float ?? .nan) }
        case let t where fixedWidthKind(t) != nil: convert = { ($0.native as? any BinaryInteger).flatMap(fromInteger) }
        default:
            throw error(e, "no '\(name)(exactly:)' initializer taking a value of type '\(value.type)'")
        }
        return Typed(type: .optional(type)) { f in convert(try code(f)).map { .some($0) } ?? .none }
    }

    /// swiftc's error for a floating-point literal (`256.0`, `-1e30`) converted to the integer
    /// type named `name` (with `exact`, by `init(exactly:)`, whose result is optional) that
    /// cannot hold it, rounded toward zero; nothing for another argument.
    func checkFloatLiteralConversion(_ name: String, _ e: ExprSyntax, exact: Bool, _ c: FunctionCallExprSyntax) throws {
        var e = e.unparenthesized
        var sign = ""
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" { (e, sign) = (p.expression, "-") }
        guard let literal = e.as(FloatLiteralExprSyntax.self)?.literal.text, let x = Double(sign + literal.replacingOccurrences(of: "_", with: "")),
              name == "Int" || bindings.fixedWidth[name] != nil else { return }
        let (text, type, kind) = (sign + literal, name + (exact ? "?" : ""), bindings.fixedWidth[name])
        if let kind, kind.negate == nil, x < 0 { throw error(c, "negative literal '\(text)' cannot be converted to '\(type)'") }
        let fits = kind.map { $0.fromDouble(x) != nil } ?? (Int(exactly: x.rounded(.towardZero)) != nil)
        if !fits { throw error(c, "invalid conversion: '\(text)' overflows '\(type)'") }
    }

    /// Compiles `Int(clamping: x)` or the same initialiser of the fixed-width integer type named
    /// `name`, of an integer of any type: `x`, or the type's bound nearest it.
    private func clampingConversion(_ name: String, _ e: ExprSyntax, _ c: FunctionCallExprSyntax) throws -> Typed {
        let value = try expression(e)
        guard value.type.conforms(to: .int) || fixedWidthKind(value.type) != nil else {
            throw error(c, "initializer 'init(clamping:)' requires that '\(value.type)' conform to 'BinaryInteger'")
        }
        let code = value.code
        /// The integer inside a value.
        func integer(_ v: Value) -> any BinaryInteger { v.native as? any BinaryInteger ?? v.int }
        guard let kind = bindings.fixedWidth[name] else { return Typed(type: .int) { f in .int(Int(clamping: integer(try code(f)))) } }
        return Typed(type: .native(kind.type)) { f in kind.clamping(integer(try code(f))) }
    }

    /// Compiles `Double(sign:exponent:significand:)` or the same initialiser of `Float`:
    /// `significand` times two to the `exponent`, negated if `sign` is `.minus`, as Swift's.
    private func floatingPointFromParts(_ name: String, _ args: [Argument]) throws -> Typed {
        let sign = try expression(args[0].expression, as: .structure(runtime.floatingPointSign))
        let exponent = try expression(args[1].expression, as: .int)
        let type = name == "Double" ? SType.double : floatType
        let significand = try expression(args[2].expression, as: type)
        /// The `FloatingPointSign` of a value of the note's enum.
        func floatingPointSign(_ v: Value) -> FloatingPointSign {
            if case .enumeration(let e) = v, e.tag.index == 1 { .minus } else { .plus }
        }
        if name == "Double" {
            return Typed(type: type) { f in
                .double(Double(sign: floatingPointSign(try sign(f)), exponent: try exponent(f).int, significand: try significand(f).double))
            }
        }
        let float = bindings.float
        return Typed(type: type) { f in
            let x = Float(sign: floatingPointSign(try sign(f)), exponent: try exponent(f).int, significand: try significand(f).native as? Float ?? .nan)
            return float.box(x)
        }
    }
}
