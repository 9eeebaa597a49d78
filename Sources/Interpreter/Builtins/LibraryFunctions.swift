import SwiftSyntax

/// Free functions and initialisers of the standard library beyond those in `Functions.swift`:
/// `debugPrint`, `Optional(x)`, `repeatElement(_:count:)`, `Int(_:radix:)`, `Int(exactly:)`,
/// `Double(exactly:)`, `Float(exactly:)`, `Int(clamping:)`, `Double(sign:exponent:significand:)`,
/// `fma(_:_:_:)` and `ObjectIdentifier(_:)`.
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
        default: return nil
        }
    }

    /// Compiles Foundation's `fma(x, y, z)` of `Double`s: `x * y + z`, rounded once.
    private func fusedMultiplyAdd(_ args: [Argument]) throws -> Typed {
        let (x, y, z) = try (expression(args[0].expression, as: .double), expression(args[1].expression, as: .double),
                             expression(args[2].expression, as: .double))
        return Typed(type: .double) { f in
            guard case .double(let a) = try x(f), case .double(let b) = try y(f), case .double(let c) = try z(f) else { return .void }
            return .double(c.addingProduct(a, b))
        }
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
            case "Double": (.double, { .double($0) }, { Double(exactly: $0).map { .double($0) } }, { Double(exactly: $0).map { .double($0) } })
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
        var e = e
        while let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil { e = t.elements.first!.expression }
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
