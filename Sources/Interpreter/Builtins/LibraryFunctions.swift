import SwiftSyntax

/// Free functions and initialisers of the standard library beyond those in `Functions.swift`:
/// `debugPrint`, `Optional(x)`, `repeatElement(_:count:)`, `Int(_:radix:)`, `Int(exactly:)`,
/// `Double(exactly:)`, `fma(_:_:_:)` and `ObjectIdentifier(_:)`.
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
        case ("Int", ["exactly"]), ("Double", ["exactly"]): return try exactConversion(name, args[0].expression, c)
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

    /// Compiles `Int(exactly: x)` or `Double(exactly: x)` of an `Int`, `Double`, `Float` or
    /// fixed-width integer: the value if the type represents it exactly, else nil.
    private func exactConversion(_ name: String, _ e: ExprSyntax, _ c: FunctionCallExprSyntax) throws -> Typed {
        let value = try expression(e)
        let code = value.code
        let toInt = name == "Int"
        /// The result of the exact conversion of a number.
        func exactly(_ convert: @escaping (Value) -> Value?) -> Typed {
            Typed(type: .optional(toInt ? .int : .double)) { f in convert(try code(f)).map { .some($0) } ?? .none }
        }
        switch value.type {
        case .int: return exactly { v in toInt ? v : Double(exactly: v.int).map { .double($0) } }
        case .double: return exactly { v in toInt ? Int(exactly: v.double).map { .int($0) } : Double(exactly: v.double).map { .double($0) } }
        case let t where isFloat(t):
            return exactly { v in
                let x = v.native as? Float ?? .nan
                return toInt ? Int(exactly: x).map { .int($0) } : Double(exactly: x).map { .double($0) }
            }
        case let t where fixedWidthKind(t) != nil:
            if toInt, let conversion = try numberConversion(name, "exactly", value, at(c)) { return conversion }
            return exactly { v in (v.native as? any BinaryInteger).flatMap { Double(exactly: $0) }.map { .double($0) } }
        default:
            throw error(e, "no '\(name)(exactly:)' initializer taking a value of type '\(value.type)'")
        }
    }
}
