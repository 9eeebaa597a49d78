import Foundation
import SwiftSyntax

/// A one-argument function from Foundation, with its `Double` and `Float` overloads. A struct,
/// not a tuple: a closure kept in a dictionary's tuple is stored in its most general form and
/// called through reabstraction thunks, one kept in a struct's field is not.
struct UnaryMath: Sendable {
    /// The `Double` overload.
    let double: @Sendable (Double) -> Double
    /// The `Float` overload.
    let float: @Sendable (Float) -> Float
}

/// A two-argument function from Foundation, with its `Double` and `Float` overloads (see `UnaryMath`).
struct BinaryMath: Sendable {
    /// The `Double` overload.
    let double: @Sendable (Double, Double) -> Double
    /// The `Float` overload.
    let float: @Sendable (Float, Float) -> Float
}

/// Free functions and type members that every note can use: printing, conversions, maths.
///
/// There are deliberately no built-ins for files, the network, processes, the environment
/// or the clock: a note cannot reach any of them.
extension Compiler {
    /// One-argument functions from Foundation, with their `Double` and `Float` overloads (a
    /// `Float` is computed in `Float`, as Swift's overload is: `sin(Float(1))` is `0.84147096`).
    static let unaryMath: [String: UnaryMath] = [
        "sqrt": .init(double: { $0.squareRoot() }, float: { $0.squareRoot() }),
        "exp": .init(double: { Foundation.exp($0) }, float: { Foundation.exp($0) }),
        "log": .init(double: { Foundation.log($0) }, float: { Foundation.log($0) }),
        "log2": .init(double: { Foundation.log2($0) }, float: { Foundation.log2($0) }),
        "log10": .init(double: { Foundation.log10($0) }, float: { Foundation.log10($0) }),
        "sin": .init(double: { Foundation.sin($0) }, float: { Foundation.sin($0) }),
        "cos": .init(double: { Foundation.cos($0) }, float: { Foundation.cos($0) }),
        "tan": .init(double: { Foundation.tan($0) }, float: { Foundation.tan($0) }),
        "asin": .init(double: { Foundation.asin($0) }, float: { Foundation.asin($0) }),
        "acos": .init(double: { Foundation.acos($0) }, float: { Foundation.acos($0) }),
        "atan": .init(double: { Foundation.atan($0) }, float: { Foundation.atan($0) }),
        "sinh": .init(double: { Foundation.sinh($0) }, float: { Foundation.sinh($0) }),
        "cosh": .init(double: { Foundation.cosh($0) }, float: { Foundation.cosh($0) }),
        "tanh": .init(double: { Foundation.tanh($0) }, float: { Foundation.tanh($0) }),
        "floor": .init(double: { $0.rounded(.down) }, float: { $0.rounded(.down) }),
        "ceil": .init(double: { $0.rounded(.up) }, float: { $0.rounded(.up) }),
        "round": .init(double: { $0.rounded() }, float: { $0.rounded() }),
        "exp2": .init(double: { Foundation.exp2($0) }, float: { Foundation.exp2($0) }),
        "log1p": .init(double: { Foundation.log1p($0) }, float: { Foundation.log1p($0) }),
        "expm1": .init(double: { Foundation.expm1($0) }, float: { Foundation.expm1($0) }),
        "cbrt": .init(double: { Foundation.cbrt($0) }, float: { Foundation.cbrt($0) }),
        "fabs": .init(double: { $0.magnitude }, float: { $0.magnitude }),
        "trunc": .init(double: { $0.rounded(.towardZero) }, float: { $0.rounded(.towardZero) }),
        "asinh": .init(double: { Foundation.asinh($0) }, float: { Foundation.asinh($0) }),
        "acosh": .init(double: { Foundation.acosh($0) }, float: { Foundation.acosh($0) }),
        "atanh": .init(double: { Foundation.atanh($0) }, float: { Foundation.atanh($0) }),
        "erf": .init(double: { Foundation.erf($0) }, float: { Foundation.erf($0) }),
        "erfc": .init(double: { Foundation.erfc($0) }, float: { Foundation.erfc($0) }),
        "tgamma": .init(double: { Foundation.tgamma($0) }, float: { Foundation.tgamma($0) }),
        "logb": .init(double: { Foundation.logb($0) }, float: { Foundation.logb($0) }),
    ]

    /// Two-argument functions from Foundation, with their `Double` and `Float` overloads.
    static let binaryMath: [String: BinaryMath] = [
        "pow": .init(double: { Foundation.pow($0, $1) }, float: { Foundation.pow($0, $1) }),
        "atan2": .init(double: { Foundation.atan2($0, $1) }, float: { Foundation.atan2($0, $1) }),
        "hypot": .init(double: { Foundation.hypot($0, $1) }, float: { Foundation.hypot($0, $1) }),
        "fmod": .init(double: { Foundation.fmod($0, $1) }, float: { Foundation.fmod($0, $1) }),
        "remainder": .init(double: { Foundation.remainder($0, $1) }, float: { Foundation.remainder($0, $1) }),
        "copysign": .init(double: { Foundation.copysign($0, $1) }, float: { Foundation.copysign($0, $1) }),
        "fmax": .init(double: { Foundation.fmax($0, $1) }, float: { Foundation.fmax($0, $1) }),
        "fmin": .init(double: { Foundation.fmin($0, $1) }, float: { Foundation.fmin($0, $1) }),
        "nextafter": .init(double: { Foundation.nextafter($0, $1) }, float: { Foundation.nextafter($0, $1) }),
        "fdim": .init(double: { Foundation.fdim($0, $1) }, float: { Foundation.fdim($0, $1) }),
    ]

    /// `Double`'s static comparisons of two values, IEEE 754's (NaN loses to a number).
    static let doubleComparisons: [String: @Sendable (Double, Double) -> Double] = [
        "maximum": Double.maximum, "minimum": Double.minimum,
        "maximumMagnitude": Double.maximumMagnitude, "minimumMagnitude": Double.minimumMagnitude,
    ]

    /// Whether `c` stands where nothing gives it a type: an argument of `print`, or the value of
    /// a `let` or `var` without a type annotation.
    static func hasNoNumberContext(_ c: some ExprSyntaxProtocol) -> Bool {
        if let binding = c.parent?.as(InitializerClauseSyntax.self)?.parent?.as(PatternBindingSyntax.self) {
            return binding.typeAnnotation == nil
        }
        guard c.parent?.is(LabeledExprSyntax.self) == true,
              let call = c.parent?.parent?.parent?.as(FunctionCallExprSyntax.self) else { return false }
        return call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "print"
    }

    /// Whether `c`, a call of a math function Foundation overloads for `Double`, `Float` and
    /// `Float80` with integer literals alone as arguments, stands where nothing picks one of them:
    /// alone, or in arithmetic of such calls and integer literals, printed or stored untyped
    /// (`print(exp(1))`, `let y = log(2) / 2`), which swiftc finds ambiguous.
    func isAmbiguousMath(_ c: FunctionCallExprSyntax) -> Bool {
        // (An implicit constant among the arguments is what swiftc finds ambiguous: `sin(.pi)`.)
        let constant = c.arguments.contains { $0.expression.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .period } }
        return isLiteralMathCall(ExprSyntax(c)) && !constant && standsWithoutNumberType(ExprSyntax(c))
    }

    /// Whether `m`, an implicit member naming a floating-point constant (`.pi`, `.infinity`),
    /// stands where nothing picks its type: in arithmetic of integer literals, printed or stored
    /// untyped (`let angle = 2 * .pi`), which swiftc finds ambiguous.
    func isAmbiguousConstant(_ m: MemberAccessExprSyntax) -> Bool {
        isImplicitFloatConstant(ExprSyntax(m)) && standsWithoutNumberType(ExprSyntax(m))
    }

    /// Whether `e` is a call of an overloaded math function with literal arithmetic alone
    /// (`exp(1)`, `sin(.pi / 2)`).
    private func isLiteralMathCall(_ e: ExprSyntax) -> Bool {
        guard let call = e.as(FunctionCallExprSyntax.self), let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
              Self.overloadedMath.contains(name), resolve(name) == nil, !call.arguments.isEmpty else { return false }
        return call.arguments.allSatisfy { isLiteralArithmetic($0.expression) }
    }

    /// Whether `e` is an implicit member naming a constant every floating-point type has.
    private func isImplicitFloatConstant(_ e: ExprSyntax) -> Bool {
        guard let m = e.as(MemberAccessExprSyntax.self), m.base == nil else { return false }
        return ["pi", "infinity", "nan", "signalingNaN", "ulpOfOne", "greatestFiniteMagnitude", "leastNormalMagnitude",
                "leastNonzeroMagnitude"].contains(m.declName.baseName.text)
    }

    /// Whether `e` is a call `pow(x, n)` of a float literal and an integer literal, which fits both
    /// `pow(Double, Double)` and Foundation's `pow(Decimal, Int)`.
    private func isLiteralPowCall(_ e: ExprSyntax) -> Bool {
        guard let call = e.as(FunctionCallExprSyntax.self), call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "pow",
              resolve("pow") == nil, call.arguments.count == 2 else { return false }
        let (x, n) = (call.arguments.first!.expression, call.arguments.last!.expression)
        return isFloatLiteral(x) && isIntegerLiteral(.leaf(n))
    }

    /// Whether `e` is built of integer literals, literal math calls, literal `pow` calls and
    /// implicit floating-point constants (negated) by operators, in parentheses or not.
    private func isLiteralArithmetic(_ e: ExprSyntax) -> Bool {
        if let s = e.as(SequenceExprSyntax.self) {
            return s.elements.allSatisfy { $0.is(BinaryOperatorExprSyntax.self) || isLiteralArithmetic($0) }
        }
        let inner = e.unparenthesized
        if inner.id != e.id { return isLiteralArithmetic(inner) }
        return isIntegerLiteral(.leaf(e)) || isLiteralMathCall(e) || isImplicitFloatConstant(e) || isLiteralPowCall(e)
            || e.as(PrefixOperatorExprSyntax.self).map { isImplicitFloatConstant($0.expression) } == true
    }

    /// Whether `leaf`, within the arithmetic of integer literals, literal math calls, literal
    /// `pow` calls and implicit floating-point constants around it (in parentheses, negated
    /// unless it is a `pow` call, whose `-` picks `Double`'s), stands where no number type is
    /// expected: printed or stored without a type.
    private func standsWithoutNumberType(_ leaf: ExprSyntax) -> Bool {
        var node = leaf
        while true {
            if let t = node.parent?.as(LabeledExprSyntax.self)?.parent?.parent?.as(TupleExprSyntax.self), t.elements.count == 1 {
                node = ExprSyntax(t)
            } else if let p = node.parent?.as(PrefixOperatorExprSyntax.self), p.operator.text == "-", !isLiteralPowCall(leaf) {
                node = ExprSyntax(p)
            } else if let call = node.parent?.as(LabeledExprSyntax.self)?.parent?.parent?.as(FunctionCallExprSyntax.self), call.arguments.count == 1,
                      isLiteralMathCall(ExprSyntax(call)) {
                // The argument of a math function (`sin(.pi)`) takes the type the call does.
                node = ExprSyntax(call)
            } else if let s = node.parent?.parent?.as(SequenceExprSyntax.self), isLiteralArithmetic(ExprSyntax(s)) {
                node = ExprSyntax(s)
            } else {
                break
            }
        }
        // A constant alone (`let x = .pi`) is swiftc's other error, about the missing base (see `member`).
        return (node.id != leaf.id || leaf.is(FunctionCallExprSyntax.self)) && Self.hasNoNumberContext(node)
    }

    /// The C library's constants that Foundation exports: `M_PI`, `M_E`, `DBL_EPSILON`, …
    static let doubleConstants: [String: Double] = [
        "M_PI": .pi, "M_PI_2": .pi / 2, "M_PI_4": .pi / 4, "M_1_PI": M_1_PI, "M_2_PI": M_2_PI,
        "M_2_SQRTPI": M_2_SQRTPI, "M_E": M_E, "M_SQRT2": 2.0.squareRoot(), "M_SQRT1_2": 0.5.squareRoot(),
        "M_LN2": M_LN2, "M_LN10": M_LN10, "M_LOG2E": M_LOG2E, "M_LOG10E": M_LOG10E,
        "DBL_MAX": .greatestFiniteMagnitude, "DBL_MIN": .leastNormalMagnitude, "DBL_EPSILON": .ulpOfOne,
        "DBL_TRUE_MIN": .leastNonzeroMagnitude,
    ]

    /// The C library's `Float` constants: `FLT_MAX`, `FLT_EPSILON`, …
    static let floatConstants: [String: Float] = [
        "FLT_MAX": .greatestFiniteMagnitude, "FLT_MIN": .leastNormalMagnitude, "FLT_EPSILON": .ulpOfOne,
        "FLT_TRUE_MIN": .leastNonzeroMagnitude,
    ]

    /// A built-in constant (`M_PI`) or function used as a value, such as `xs.map(sqrt)`.
    func builtinValue(_ name: String) -> Typed? {
        if let c = Self.doubleConstants[name] { return Typed(constant: c) }
        if let c = Self.floatConstants[name] {
            let value = bindings.float.box(c)
            return Typed(type: floatType) { _ in value }
        }
        guard let fn = Self.unaryMath[name]?.double else { return nil }
        let callable = Value.function(Callable { args in
            guard case .double(let x) = args[0] else { return .void }
            return .double(fn(x))
        })
        return Typed(type: .function([.double], .double)) { _ in callable }
    }

    /// The code of a `Float` argument: a `Float`, or a number literal made one.
    func floatArgument(_ typed: Typed, _ node: ExprSyntax) throws -> Code {
        if isFloat(typed.type) { return typed.code }
        guard let literal = try numberLiteral(typed, to: floatType, node) else {
            throw error(node, "cannot convert value of type '\(typed.type)' to expected argument type 'Float'")
        }
        return literal
    }

    /// Compiles a call of a built-in free function, or returns nil if `name` is not one.
    func builtinCall(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed? {
        let at = self.at(c)
        // (`pow` of integer literals is Foundation's `Decimal` one, below.)
        if Self.unaryMath[name] != nil || Self.binaryMath[name] != nil, name != "pow", isAmbiguousMath(c) {
            throw error(c.calledExpression, "ambiguous use of '\(name)'")
        }
        if let fn = Self.unaryMath[name] {
            let x = try positional(args, 1, c, name)[0]
            let typed = try expression(x, expected: .double)
            if case .jet = typed.type { return try jetFunction(name, [typed], c) }
            if isFloat(typed.type) {
                let (code, float, g) = (typed.code, bindings.float, fn.float)
                return Typed(type: floatType) { f in float.box(g(try code(f).native as? Float ?? .nan)) }
            }
            // An integer fits none of Foundation's overloads (`Double`, `Float`, `Float80`, `CGFloat`).
            if typed.type.isExactly(.int) || fixedWidthKind(typed.type) != nil {
                throw error(c.calledExpression, "no exact matches in call to global function '\(name)'")
            }
            try require(typed.type, .double, x)
            return mathFunction(name, fn.double, typed.doubleOperand)
        }
        if let fn = Self.binaryMath[name] {
            let xs = try positional(args, 2, c, name)
            let (a, b) = (try expression(xs[0], expected: .double), try expression(xs[1], expected: .double))
            if isFloat(a.type) || isFloat(b.type) {
                let (float, g) = (bindings.float, fn.float)
                let (x, y) = (try floatArgument(a, xs[0]), try floatArgument(b, xs[1]))
                return Typed(type: floatType) { f in float.box(g(try x(f).native as? Float ?? .nan, try y(f).native as? Float ?? .nan)) }
            }
            if name == "pow" {
                // Foundation's `pow(_: Decimal, _: Int)` takes an integer literal base and an
                // integer exponent where no `Double` is expected: `pow(2, 10)` is the `Decimal` 1024.
                let expectsNumber = expected.map { $0.conforms(to: .double) || isFloat($0) } ?? false
                if isIntegerLiteral(.leaf(xs[0])), isIntegerLiteral(.leaf(xs[1])) || (try? expression(xs[1]).type)?.isExactly(.int) == true, !expectsNumber {
                    throw unsupported(c, "'pow' of an integer literal and an integer, which Foundation computes as a 'Decimal'; write 'pow(2.0, 10.0)' for a 'Double'")
                }
                // `pow(2.0, 10)` printed or stored without a type, also in arithmetic of integer
                // literals (`1 / pow(11.0, 2)`), fits both `pow(Double, Double)` and `pow(Decimal, Int)`.
                if isLiteralPowCall(ExprSyntax(c)), standsWithoutNumberType(ExprSyntax(c)) {
                    throw error(c.calledExpression, "ambiguous use of 'pow'")
                }
                if case .jet = a.type { return try jetFunction(name, [a, b], c) }
                if case .jet = b.type { return try jetFunction(name, [a, b], c) }
            }
            try require(a.type, .double, xs[0])
            try require(b.type, .double, xs[1])
            return mathFunction(fn.double, a.doubleOperand, b.doubleOperand)
        }
        switch name {
        case "print": return try printCall(args)
        case "dump": return try dumpCall(args, c)
        case "abs":
            let x = try expression(try positional(args, 1, c, name)[0], expected: expected)
            let code = x.code
            switch x.type {
            case .double: return Typed(type: .double) { f in
                    guard case .double(let v) = try code(f) else { return .void }
                    return .double(Swift.abs(v))
                }
            case .int: return Typed(type: .int) { f in
                    guard case .int(let v) = try code(f) else { return .void }
                    guard v != .min else { throw InterpreterError(message: "arithmetic overflow in 'abs'", at: at) }
                    return .int(Swift.abs(v))
                }
            case .jet: return try jetFunction(name, [x], c)
            default:
                if isFloat(x.type) {
                    let float = bindings.float
                    return Typed(type: x.type) { f in float.box(Swift.abs(try code(f).native as? Float ?? .nan)) }
                }
                // A fixed-width integer: itself, or negated (which traps at `Int8.min`) when negative.
                guard let kind = fixedWidthKind(x.type), let zero = kind.exactly(0), let less = kind.comparison("<") else {
                    throw error(c, "no 'abs' for a value of type '\(x.type)'")
                }
                guard let negate = kind.negate else {
                    throw error(c, "global function 'abs' requires that '\(x.type)' conform to 'SignedNumeric'")
                }
                return Typed(type: x.type) { f in
                    let v = try code(f)
                    guard less(v, zero) else { return v }
                    switch negate(v) {
                    case .success(let r): return r
                    case .failure(let trap): throw InterpreterError(message: trap.text, at: at)
                    }
                }
            }
        case "max", "min":
            // In a sequence's own member, `min` is the sequence's `min()`, not the global function.
            if c.calledExpression.is(DeclReferenceExprSyntax.self), case .binding(let b)? = resolve("self"), let t = b.owner.selfType,
               t.noteSequenceElement != nil || t.builtin.map({ $0.elementType != nil && !$0.isText }) == true {
                throw error(c.calledExpression, "use of '\(name)' refers to instance method rather than global function '\(name)' in module 'Swift'")
            }
            guard args.count >= 2, args.allSatisfy({ $0.label == nil }) else { throw error(c, "'\(name)' takes two or more values") }
            let (type, codes) = try unified(args.map(\.expression), hint: expected, c)
            let isMax = name == "max"
            var order: (Value, Value) throws -> Bool = { less($0, $1) }
            switch type {
            case .int, .double, .string, .character, .substring, .jet: break
            case .structure(let t) where t.isComparable:
                // The note's own `<`, or an enum's order of cases.
                if let declared = declaredOrder(type, at: self.at(c)) { order = declared } else if !t.isComparableEnum {
                    throw error(c, "'\(name)' cannot compare values of type '\(type)'")
                }
            default:
                // `Float` and the fixed-width integers compare as themselves.
                if isFloat(type) {
                    order = { ($0.native as? Float ?? .nan) < ($1.native as? Float ?? .nan) }
                } else if let less = fixedWidthKind(type)?.comparison("<") {
                    order = { less($0, $1) }
                } else {
                    throw error(c, "'\(name)' cannot compare values of type '\(type)'")
                }
            }
            // Swift's `max` takes a value `>=` the best so far (so the last of equal ones, and a
            // NaN `>=` nothing: IEEE's `>=` for floating-point numbers), `min` one `<` it.
            let atLeast: (Value, Value) throws -> Bool
            if case .double = type {
                atLeast = { if case .double(let x) = $0, case .double(let y) = $1 { x >= y } else { false } }
            } else if isFloat(type) {
                atLeast = { ($0.native as? Float ?? .nan) >= ($1.native as? Float ?? .nan) }
            } else {
                atLeast = { [order] in try !order($0, $1) }
            }
            let takes = isMax ? atLeast : order
            return Typed(type: type) { f in
                var best = try codes[0](f)
                for code in codes.dropFirst() {
                    let v = try code(f)
                    if try takes(v, best) { best = v }
                }
                return best
            }
        case "sequence": return try unfoldSequence(args, c)
        case "zip":
            let xs = try positional(args, 2, c, name)
            if let counted = try zipWithPartialRange(xs) { return counted }
            let (a, b) = (try expression(xs[0]), try expression(xs[1]))
            guard let p = elementsOf(a, self.at(xs[0])), let q = elementsOf(b, self.at(xs[1])), let e1 = a.type.elementType, let e2 = b.type.elementType else {
                let bad = elementsOf(a, self.at(xs[0])) == nil ? (xs[0], a.type) : (xs[1], b.type)
                throw error(bad.0, "expected a sequence, found a value of type '\(bad.1)'")
            }
            // A sequence of the note may be endless: it gives no more elements than the other side has.
            let (leftNote, rightNote) = (noteSequenceElements(a, self.at(xs[0])), noteSequenceElements(b, self.at(xs[1])))
            return view(.zip, of: [a, b], opaque: derivedCollection(xs[0]) != nil || derivedCollection(xs[1]) != nil, element: .tuple([e1, e2], labels: [nil, nil])) { values in
                let left: [Value], right: [Value]
                if let leftNote, rightNote == nil {
                    right = try q(values[1])
                    left = try leftNote(values[0], right.count)
                } else {
                    left = try p(values[0])
                    right = try rightNote.map { try $0(values[1], left.count) } ?? q(values[1])
                }
                return zip(left, right).map { .tuple(.pair($0, $1)) }
            }
        case "stride": return try strideCall(args, c)
        case "Double", "Int", "String", "Bool", "Float", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64":
            return try conversion(name, args, c)
        case "Array": return try arrayInitializer(expected, args, c)
        // `ArraySlice(xs)`: a slice of all of a sequence's elements (held as an array, see `Typed.isArraySlice`).
        case "ArraySlice" where args.count == 1 && args[0].label == nil:
            var slice = try arrayInitializer(nil, args, c)
            slice.isArraySlice = true
            return slice
        case "Range", "ClosedRange": return try rangeConversion(name, args, c)
        case "Dictionary": return try dictionaryInitializer(args, c)
        // `UnicodeScalar` is Swift's other name for `Unicode.Scalar`.
        case "UnicodeScalar": return try unicodeScalarCall(args, c, expected: expected)
        case "Character":
            // A Character is held as a one-character string.
            let text = try positional(args, 1, c, name)[0]
            let argument = try expression(text, expected: scalarHint(text) ?? .character)
            switch argument.type {
            case .character: return argument
            case .native(let t) where t === bindings.unicodeScalar:
                let scalar = argument.code
                return Typed(type: .character) { f in .string(String(Character(try scalar(f).native as! Unicode.Scalar))) }
            default: break
            }
            let value = try coerce(argument, to: .string, text)
            return Typed(type: .character) { f in
                guard case .string(let s) = try value(f), s.count == 1 else {
                    throw InterpreterError(message: "Can't form a Character from a String containing more than one extended grapheme cluster", at: at)
                }
                return .string(s)
            }
        case "Set":
            var element: SType?
            if case .set(let e)? = expected { element = e }
            return try setInitializer(element, args, c)
        case "precondition", "assert":
            let condition = try expression(args.first?.expression ?? ExprSyntax(c), as: .bool)
            let message = try args.count > 1 ? expression(args[1].expression, as: .string) : { _ in .string("") }
            return Typed(type: .void) { f in
                guard try condition(f) == .bool(true) else {
                    let text = try message(f).description
                    throw InterpreterError(message: "\(name == "assert" ? "assertion" : "precondition") failed" + (text.isEmpty ? "" : ": \(text)"), at: at)
                }
                return .void
            }
        case "fatalError":
            let message = try args.first.map { try expression($0.expression, as: .string) } ?? { _ in .string("") }
            return Typed(type: .void) { f in
                let text = try message(f).description
                throw InterpreterError(message: "fatal error" + (text.isEmpty ? "" : ": \(text)"), at: at)
            }
        case "expect": return try expectCall(args, c)
        case "table": return try tableCall(args, c)
        default: return nil
        }
    }

    /// The unlabelled arguments of a call that takes exactly `count`.
    func positional(_ args: [Argument], _ count: Int, _ c: some SyntaxProtocol, _ name: String) throws -> [ExprSyntax] {
        guard args.count == count, args.allSatisfy({ $0.label == nil }) else {
            throw error(c, "'\(name)' takes \(count) unlabelled argument\(count == 1 ? "" : "s")")
        }
        return args.map(\.expression)
    }

    /// Compiles values that must share one type, typing bare literals from the others.
    func unified(_ exprs: [ExprSyntax], hint: SType?, _ node: some SyntaxProtocol) throws -> (SType, [Code]) {
        // `Any` (a printed item) takes any type: it types nothing.
        let hint = hint?.containsAny == true ? nil : hint
        var type: SType? = hint
        if let e = exprs.first(where: { !isIntegerLiteral(.leaf($0)) && !isFloatLiteral($0) }) {
            // A value's own type decides over the context's, which only types literals:
            // `Double(min(t, 10))` compares `Int`s when `t` is one.
            let natural = try expression(e).type
            if let hint, !natural.isNumeric || !hint.isNumeric || natural.isExactly(hint) { type = hint } else { type = natural }
        }
        if type == nil, exprs.contains(where: isFloatLiteral) { type = .double }
        let typed = try exprs.map { e in
            let value = try expression(e, expected: type)
            // A literal takes the others' type (`max(x, 1)` for a `Float` x).
            guard let type, let literal = try numberLiteral(value, to: type, e) else { return value }
            return Typed(type: type, code: literal)
        }
        let common = type ?? typed[0].type
        for (t, e) in zip(typed, exprs) where !(t.type.conforms(to: common) && common.conforms(to: t.type)) {
            throw error(e, "conflicting arguments: '\(t.type)' and '\(common)'")
        }
        return (common, typed.map(\.code))
    }

    /// Compiles `print(_:separator:terminator:)`, or with `debug` `debugPrint`, which shows each
    /// value's `debugDescription`, as Swift shows it nested in a collection (strings quoted, types
    /// with their module).
    func printCall(_ args: [Argument], debug: Bool = false) throws -> Typed {
        let name = debug ? "debugPrint" : "print"
        var items: [Code] = []
        var separator: Code = { _ in .string(" ") }
        var terminator: Code = { _ in .string("\n") }
        for a in args {
            switch a.label {
            case nil:
                // The items are `Any`s: an array literal of elements of no common type is an `[Any]`.
                let item = try expression(a.expression, expected: .any)
                try refuseUnorderedPrinting(item.type, a.expression, debug: debug)
                items.append(item.code)
            case "separator": separator = try expression(a.expression, as: .string)
            case "terminator": terminator = try expression(a.expression, as: .string)
            case let label?: throw error(a.expression, "extraneous argument label '\(label):' in call to '\(name)'")
            }
        }
        let runtime = self.runtime
        return Typed(type: .void) { f in
            // Every argument is evaluated, in order, before any item is described: an instance
            // whose state a later argument changes (`print(m, m.step())`) prints as it is then.
            let values = try items.map { try $0(f) }
            let (sep, end) = (try separator(f).description, try terminator(f).description)
            let text = values.map { debug ? $0.debugDescription : $0.description }.joined(separator: sep)
            runtime.write(text + end)
            return .void
        }
    }

    /// The type a call of `Unicode.Scalar(_:)` (or `UnicodeScalar(_:)`) passed to `String(_:)` or
    /// `Character(_:)` is expected to have, a scalar (see `unicodeScalarCall`); nil for another argument.
    private func scalarHint(_ e: ExprSyntax) -> SType? {
        guard let callee = e.as(FunctionCallExprSyntax.self)?.calledExpression.trimmedDescription,
              callee == "Unicode.Scalar" || callee == "UnicodeScalar" else { return nil }
        return .native(bindings.unicodeScalar)
    }

    /// Compiles `Unicode.Scalar(_:)` (or `UnicodeScalar(_:)`). swiftc reads an integer literal as
    /// a `UInt8`, for a scalar, where one is expected (`Character(UnicodeScalar(66))`), else as an
    /// `Int`, for an optional scalar: the overloads are tried in that order.
    func unicodeScalarCall(_ args: [Argument], _ c: FunctionCallExprSyntax, expected: SType?) throws -> Typed {
        let overloads = bindings.unicodeNamespace.statics["Scalar"] ?? []
        let wantsScalar = if case .native(let t)? = expected { t === bindings.unicodeScalar } else { false }
        return try callNative(wantsScalar ? overloads : overloads.reversed(), receiver: nil, args, c, name: "Unicode.Scalar")
    }

    /// A sequence argument (an array, range, string, set or dictionary) materialised as the array
    /// of its elements.
    func sequence(_ e: ExprSyntax) throws -> (element: SType, code: (Frame) throws -> [Value]) {
        let typed = try expression(e)
        guard let view = sequenceView(typed, at(e)), case .array(let element) = view.type else {
            throw error(e, "expected a sequence, found a value of type '\(typed.type)'")
        }
        let code = view.code
        return (element, { f in
            guard case .array(let a) = try code(f) else { return [] }
            return a
        })
    }

    private func strideCall(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let labels = args.map(\.label)
        guard labels == ["from", "to", "by"] || labels == ["from", "through", "by"] else {
            throw error(c, "use stride(from:to:by:) or stride(from:through:by:)")
        }
        let through = labels[1] == "through"
        let (type, codes) = try unified(args.map(\.expression), hint: nil, c)
        let (runtime, at) = (self.runtime, self.at(c))
        let elements: ([Value]) throws -> [Value]
        switch type {
        case .int:
            elements = { v in
                guard case .int(let a) = v[0], case .int(let b) = v[1], case .int(let s) = v[2] else { return [] }
                guard s != 0 else { throw InterpreterError(message: "stride step must not be zero", at: at) }
                try runtime.checkCount(strideCount(from: a, to: b, by: s, through: through), at)
                return through ? stride(from: a, through: b, by: s).map { .int($0) } : stride(from: a, to: b, by: s).map { .int($0) }
            }
        case .double:
            elements = { v in
                guard case .double(let a) = v[0], case .double(let b) = v[1], case .double(let s) = v[2] else { return [] }
                guard s != 0, s.isFinite else { throw InterpreterError(message: "stride step must be finite and non-zero", at: at) }
                guard a.isFinite, b.isFinite else { throw InterpreterError(message: "stride bounds must be finite, got \(a) and \(b)", at: at) }
                let steps = ((b - a) / s).magnitude
                try runtime.checkCount(steps < 0x1p62 ? Int(steps) : .max, at)
                return through ? stride(from: a, through: b, by: s).map { .double($0) } : stride(from: a, to: b, by: s).map { .double($0) }
            }
        default:
            throw unsupported(c, "'stride' over '\(type)' values; stride over 'Int' or 'Double' and convert each value")
        }
        return view(through ? .strideThrough : .strideTo, of: codes.map { Typed(type: type, code: $0) }, arguments: [type],
                    element: type, elements: elements)
    }

    private func conversion(_ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let at = self.at(c)
        if name == "String", args.map(\.label) == ["repeating", "count"] {
            // A `String` or a `Character`, repeated.
            let s = try textArgument(args[0].expression, [.string, .character]) { _ in error(c, "no exact matches in call to initializer ") }
            let n = try expression(args[1].expression, as: .int)
            let runtime = self.runtime
            return Typed(type: .string) { f in
                guard case .string(let x) = try s(f), case .int(let k) = try n(f) else { return .void }
                let (count, overflow) = x.count.multipliedReportingOverflow(by: Swift.max(k, 0))
                try runtime.checkCount(overflow ? .max : count, at)
                // Swift repeats an empty string `k` times all the same: no characters, no loop.
                return .string(count == 0 ? "" : String(repeating: x, count: k))
            }
        }
        if name == "String", let initializer = try stringInitializer(args, c) { return initializer }
        if let labelled = try labelledIntegerConversion(name, args, c) { return labelled }
        // `Double(integerLiteral: 3)`, `Float(floatLiteral: 0.5)`: what a literal of a generic
        // `T: ExpressibleByIntegerLiteral` standing for the type calls, the literal as the type's.
        if args.count == 1, let label = args[0].label, !["String", "Bool"].contains(name),
           label == "integerLiteral" && args[0].expression.is(IntegerLiteralExprSyntax.self)
            || label == "floatLiteral" && ["Double", "Float"].contains(name) && args[0].expression.is(FloatLiteralExprSyntax.self) {
            return try conversion(name, [Argument(label: nil, expression: args[0].expression, isTrailingClosure: false)], c)
        }
        let argument = try positional(args, 1, c, name)[0]
        // Integer literals in the argument keep their default type, as swiftc prefers it:
        // `Double(1 / 3)` divides `Int`s (0.0), `Double(k << 2)` shifts them.
        // An array literal of one-character strings becomes a `String` as its `Character`s
        // (`String(["a", "b"])`); a `Substring` converts to a number as a `String` does.
        let characters = argument.as(ArrayExprSyntax.self)?.elements.allSatisfy {
            $0.expression.as(StringLiteralExprSyntax.self)?.representedLiteralValue?.count == 1
        } ?? false
        // An integer literal converted to a fixed-width type is of that type, as in Swift, so
        // `UInt64(0x85e7bb0f12278575)` holds a literal beyond `Int.max`.
        let literalType = argument.is(IntegerLiteralExprSyntax.self) ? bindings.fixedWidth[name].map { SType.native($0.type) } : nil
        var value = try expression(argument, expected: name == "String" ? characters ? .array(.character) : scalarHint(argument) : literalType)
        if name != "String" { value = value.substringAsString }
        // `UInt8(300)`: a literal takes the type converted to, so one it cannot hold is an error before the block runs.
        if let kind = bindings.fixedWidth[name], let n = value.constantInt, kind.exactly(n) == nil {
            throw literalOverflow(n, kind, argument)
        }
        try checkFloatLiteralConversion(name, argument, exact: false, c)
        if let number = try numberConversion(name, nil, value, at) { return number }
        let code = value.code
        // `String(s.reversed())`: the characters of a view of a string.
        if name == "String", case .native(let t) = value.type, t.view != nil, case .character? = t.sequence?.element {
            return Typed(type: .string) { f in .string((try code(f).native as? LazyView)?.elements.map(\.description).joined() ?? "") }
        }
        switch (name, value.type) {
        case ("String", .array(.character)):
            return Typed(type: .string) { f in
                guard case .array(let characters) = try code(f) else { return .void }
                return .string(characters.map(\.description).joined())
            }
        case ("String", .int), ("String", .double), ("String", .bool), ("String", .string), ("String", .character), ("String", .substring):
            return Typed(type: .string) { f in .string(try code(f).description) }
        case ("String", .native(let t)) where t === bindings.nsString:
            return Typed(type: .string) { f in .string(try code(f).description) }
        case ("String", .structure(let t)) where t.conformances.contains("LosslessStringConvertible"):
            return Typed(type: .string) { f in .string(try code(f).description) }
        case ("String", .native(let t)) where t === bindings.float || t === bindings.unicodeScalar || bindings.fixedWidth[t.name] != nil:
            return Typed(type: .string) { f in .string(try code(f).description) }
        case ("String", _):
            throw error(c, "no exact matches in call to initializer ")
        case ("Double", .int):
            return doubleConversion(value.intOperand)
        case ("Double", .double), ("Int", .int):
            return value
        case ("Int", .double):
            return Typed(type: .int) { f in
                guard case .double(let x) = try code(f) else { return .void }
                guard let v = Int(exactly: x.rounded(.towardZero)) else {
                    throw InterpreterError(message: "Double value \(x) cannot be converted to Int", at: at)
                }
                return .int(v)
            }
        case ("Bool", .bool):
            return value
        case ("Bool", .string):
            return Typed(type: .optional(.bool)) { f in Bool(try code(f).string).map { .some(.bool($0)) } ?? .none }
        case ("Double", .string):
            return Typed(type: .optional(.double)) { f in
                guard case .string(let s) = try code(f), let v = Double(s) else { return .none }
                return .some(.double(v))
            }
        case ("Int", .string):
            return Typed(type: .optional(.int)) { f in
                guard case .string(let s) = try code(f), let v = Int(s) else { return .none }
                return .some(.int(v))
            }
        default:
            throw error(c, "no '\(name)' initializer taking a value of type '\(value.type)'")
        }
    }

    /// Compiles `Array(repeating:count:)`, `[T](repeating:count:)` or `Array(sequence)`.
    func arrayInitializer(_ type: SType?, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let (runtime, at) = (self.runtime, self.at(c))
        if args.isEmpty, let type {
            return Typed(type: type) { _ in .array([]) }
        }
        if args.map(\.label) == ["repeating", "count"] {
            var hint: SType?
            if case .array(let e)? = type { hint = e }
            let value = try expression(args[0].expression, expected: hint)
            let element = hint ?? value.type
            let (v, n) = (try coerce(value, to: element, args[0].expression), try expression(args[1].expression, as: .int))
            return Typed(type: .array(element)) { f in
                guard case .int(let k) = try n(f) else { return .void }
                guard k >= 0 else { throw InterpreterError(message: "can't construct Array with count < 0", at: at) }
                try runtime.checkCount(k, at)
                return .array(Array(repeating: try v(f), count: k))
            }
        }
        if args.count == 1, args[0].label == nil {
            let s = try sequence(args[0].expression)
            return Typed(type: .array(s.element)) { f in .array(try s.code(f)) }
        }
        throw error(c, "use Array(repeating:count:) or Array(sequence)")
    }

    /// Compiles a call of a built-in type's static method, such as `Double.random(in:)`.
    func staticCall(_ typeName: String, _ name: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        if typeName == "Double", let compare = Self.doubleComparisons[name] {
            guard args.count == 2, args.allSatisfy({ $0.label == nil }) else { throw error(c, "'Double.\(name)' takes two unlabelled arguments") }
            let (x, y) = (try expression(args[0].expression, as: .double), try expression(args[1].expression, as: .double))
            return Typed(type: .double) { f in
                guard case .double(let a) = try x(f), case .double(let b) = try y(f) else { return .void }
                return .double(compare(a, b))
            }
        }
        switch (typeName, name) {
        case ("Double", "random"), ("Int", "random"):
            let type: SType = typeName == "Double" ? .double : .int
            guard args.count == 1 || args.count == 2, args[0].label == "in", let bounds = try randomRange(args[0].expression, of: type) else {
                throw error(c, "use \(typeName).random(in: a..<b) or \(typeName).random(in: a..<b, using: &generator)")
            }
            let draw = try args.dropFirst().first.map { try randomDraw($0) }
            let (runtime, at) = (self.runtime, self.at(c))
            if case .written(let lower, let upper, let closed) = bounds, draw == nil {
                // The common case, drawn in loops: the bounds as written, from the session's generator,
                // with `randomNumber` written out for the session's generator, which a call of the
                // generic function would make a tenth slower.
                return Typed(type: type) { f in
                    switch (try lower(f), try upper(f)) {
                    case let (.double(x), .double(y)):
                        guard x < y || (closed && x <= y) else { throw InterpreterError(message: "Can't get random value with an empty range", at: at) }
                        guard (y - x).isFinite else {
                            throw InterpreterError(message: "There is no uniform distribution on an infinite range", at: at)
                        }
                        return .double(closed ? Double.random(in: x...y, using: &runtime.random) : Double.random(in: x..<y, using: &runtime.random))
                    case let (.int(x), .int(y)):
                        guard x < y || (closed && x <= y) else { throw InterpreterError(message: "Can't get random value with an empty range", at: at) }
                        return .int(closed ? Int.random(in: x...y, using: &runtime.random) : Int.random(in: x..<y, using: &runtime.random))
                    default: return .void
                    }
                }
            }
            let read = bounds.read
            return Typed(type: type) { f in
                let (x, y, closed) = try read(f)
                guard let draw else { return try Self.randomNumber(x, y, closed: closed, using: &runtime.random, at) }
                return try draw(f) { try Self.randomNumber(x, y, closed: closed, using: &$0, at) }
            }
        case (_, "random") where typeName == "Float" || bindings.fixedWidth[typeName] != nil:
            return try otherNumberRandom(typeName, args, c)
        case ("Bool", "random"):
            guard args.count <= 1 else { throw error(c, "use Bool.random() or Bool.random(using: &generator)") }
            let draw = try randomDraw(args.first)
            return Typed(type: .bool) { f in try draw(f) { .bool(Bool.random(using: &$0)) } }
        case ("Array", "init"):
            return try arrayInitializer(nil, args, c)
        default:
            return nil
        }
    }

    /// `Float.random(in:)` and the fixed-width integers' (`UInt8.random(in: 0..<200, using: &g)`),
    /// of a range written in the call: the standard library's draws, from the generator given.
    private func otherNumberRandom(_ typeName: String, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let type: SType = typeName == "Float" ? floatType : .native(bindings.fixedWidth[typeName]!.type)
        guard args.count == 1 || args.count == 2, args[0].label == "in", let range = args[0].expression.as(SequenceExprSyntax.self),
              case .infix(let op, let node, let lo, let hi) = try fold(range), op == "..<" || op == "..." else {
            throw error(c, "use \(typeName).random(in: a..<b) or \(typeName).random(in: a..<b, using: &generator), with the range written there")
        }
        let (lower, upper) = (try coerce(try folded(lo, expected: type), to: type, lo.node ?? node),
                              try coerce(try folded(hi, expected: type), to: type, hi.node ?? node))
        let (draw, closed, at) = (try randomDraw(args.dropFirst().first), op == "...", self.at(c))
        let kind = fixedWidthKind(type)
        return Typed(type: type) { [float = bindings.float] f in
            let (x, y) = (try lower(f), try upper(f))
            return try draw(f) { bits in
                if let kind {
                    guard let v = kind.random(x, y, closed, &bits) else { throw InterpreterError(message: "Can't get random value with an empty range", at: at) }
                    return v
                }
                let (a, b) = (x.native as? Float ?? .nan, y.native as? Float ?? .nan)
                guard a < b || (closed && a == b) else { throw InterpreterError(message: "Can't get random value with an empty range", at: at) }
                guard (b - a).isFinite else { throw InterpreterError(message: "There is no uniform distribution on an infinite range", at: at) }
                return float.box(closed ? Float.random(in: a...b, using: &bits) : Float.random(in: a..<b, using: &bits))
            }
        }
    }

    /// `Double.random(in:using:)` or `Int.random(in:using:)` of the range from `lower` to `upper`
    /// (closed or not), trapping as Swift does on an empty or infinite range (the loop case in
    /// `staticCall` writes it out).
    private static func randomNumber(_ lower: Value, _ upper: Value, closed: Bool, using g: inout some RandomNumberGenerator,
                                     _ at: SourcePoint) throws -> Value {
        switch (lower, upper) {
        case let (.double(x), .double(y)):
            guard x < y || (closed && x <= y) else { throw InterpreterError(message: "Can't get random value with an empty range", at: at) }
            guard (y - x).isFinite else {
                throw InterpreterError(message: "There is no uniform distribution on an infinite range", at: at)
            }
            return .double(closed ? Double.random(in: x...y, using: &g) : Double.random(in: x..<y, using: &g))
        case let (.int(x), .int(y)):
            guard x < y || (closed && x <= y) else { throw InterpreterError(message: "Can't get random value with an empty range", at: at) }
            return .int(closed ? Int.random(in: x...y, using: &g) : Int.random(in: x..<y, using: &g))
        default: return .void
        }
    }

    /// The bounds of the range `random(in:)` draws a `type` value from, as written (`a..<b`,
    /// `a...b`) or held in a value (`xs.indices`, a `ClosedRange<Double>`), with whether it is
    /// closed; nil for an argument of another type.
    private func randomRange(_ e: ExprSyntax, of type: SType) throws -> RandomBounds? {
        if let range = e.as(SequenceExprSyntax.self), case .infix(let op, let node, let lo, let hi) = try fold(range), op == "..<" || op == "..." {
            let (a, b) = (try folded(lo, expected: type), try folded(hi, expected: type))
            try require(a.type, type, lo.node ?? node)
            try require(b.type, type, hi.node ?? node)
            return .written(lower: a.code, upper: b.code, closed: op == "...")
        }
        let range = try expression(e)
        let code = range.code
        switch (type, range.type) {
        case (.int, .range):
            return .held { f in
                guard case .range(let r) = try code(f) else { return (.void, .void, false) }
                return (.int(r.lower), .int(r.upper), r.closed)
            }
        case (.double, .native(let t)) where t === bindings.doubleRange:
            return .held { f in
                let r = try code(f).native as! ClosedRange<Double>
                return (.double(r.lowerBound), .double(r.upperBound), true)
            }
        case (.double, .native(let t)) where t === bindings.halfOpenDoubleRange:
            return .held { f in
                let r = try code(f).native as! Range<Double>
                return (.double(r.lowerBound), .double(r.upperBound), false)
            }
        default: return nil
        }
    }

    /// A built-in constant such as `Double.pi`, `Int.max`, `UInt8.bitWidth` or `Float.radix`.
    func staticProperty(_ typeName: String, _ name: String) -> Typed? {
        if name == "bitWidth", let width = typeName == "Int" ? Int.bitWidth : bindings.fixedWidth[typeName]?.bitWidth {
            return Typed(type: .int) { _ in .int(width) }
        }
        let integers = typeName == "Double" ? floatingPointIntegerConstants(of: Double.self)
            : typeName == "Float" ? floatingPointIntegerConstants(of: Float.self) : [:]
        if let n = integers[name] { return Typed(type: .int) { _ in .int(n) } }
        let value: Value
        switch (typeName, name) {
        case ("Double", "pi"): value = .double(.pi)
        case ("Double", "infinity"): value = .double(.infinity)
        case ("Double", "nan"): value = .double(.nan)
        case ("Double", "signalingNaN"): value = .double(.signalingNaN)
        case ("Double", "greatestFiniteMagnitude"): value = .double(.greatestFiniteMagnitude)
        case ("Double", "leastNormalMagnitude"): value = .double(.leastNormalMagnitude)
        case ("Double", "leastNonzeroMagnitude"): value = .double(.leastNonzeroMagnitude)
        case ("Double", "ulpOfOne"): value = .double(.ulpOfOne)
        case ("Double", "zero"): value = .double(0)
        case ("Int", "zero"): value = .int(0)
        case ("Int", "max"): value = .int(.max)
        case ("Int", "min"): value = .int(.min)
        default: return nil
        }
        let type: SType = typeName == "Int" ? .int : .double
        return Typed(type: type) { _ in value }
    }
}

/// The number of elements of `stride(from: a, to: b, by: s)` (or `through: b`), computed without
/// overflow for any bounds (`stride(from: Int.min, to: Int.max, by: 1)` has 2⁶⁴ − 1), saturated at
/// `Int.max`; `s` is not zero.
func strideCount(from a: Int, to b: Int, by s: Int, through: Bool) -> Int {
    if s > 0 ? b < a : b > a { return 0 }
    // |b − a| fits in a UInt for any two Ints; wrapping subtraction gives it exactly.
    let distance = b >= a ? UInt(bitPattern: b &- a) : UInt(bitPattern: a &- b)
    let (quotient, remainder) = distance.quotientAndRemainder(dividingBy: s.magnitude)
    let (count, overflow) = quotient.addingReportingOverflow(through || remainder != 0 ? 1 : 0)
    return overflow ? .max : Int(exactly: count) ?? .max
}

/// `a < b` for integers of any two types, as Swift compares them.
private func integerLess<A: BinaryInteger, B: BinaryInteger>(_ a: A, _ b: B) -> Bool { a < b }

/// The order of two values of one comparable type.
func less(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case let (.int(x), .int(y)): x < y
    case let (.double(x), .double(y)): x < y
    case let (.string(x), .string(y)): x < y
    case let (.bool(x), .bool(y)): !x && y
    // Optim's `Jet`s, by their values.
    case let (.jet(x), .jet(y)): x < y
    // Boxed `Float`s and fixed-width integers (`UInt8`, `Int64`, …).
    case let (.object(x), .object(y)):
        if let a = x.value as? Float, let b = y.value as? Float {
            a < b
        } else if let a = x.value as? any BinaryInteger, let b = y.value as? any BinaryInteger {
            integerLess(a, b)
        } else {
            false
        }
    case let (.tuple(x), .tuple(y)):
        zip(x.elements, y.elements).first { $0 != $1 }.map { less($0, $1) } ?? false
    case let (.enumeration(x), .enumeration(y)):
        x.tag.index != y.tag.index ? x.tag.index < y.tag.index
            : zip(x.payload, y.payload).first { $0 != $1 }.map { less($0, $1) } ?? false
    default: false
    }
}

/// `a <= b` for two values of one comparable type, as the type's `<=` answers: a `Double`'s or a
/// `Float`'s is false when either is NaN (also inside a tuple), where `!(b < a)`, the `<=` of
/// `Comparable` that enums and `Jet`s have, is true.
func lessOrEqual(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case let (.double(x), .double(y)): x <= y
    case let (.object(x), .object(y)) where x.value is Float: (x.value as! Float) <= (y.value as? Float ?? .nan)
    // Swift's `<=` of tuples answers with the first elements that differ, else with the last ones.
    case let (.tuple(x), .tuple(y)): zip(x.elements, y.elements).first { $0 != $1 }.map { lessOrEqual($0, $1) } ?? true
    default: !less(b, a)
    }
}

extension Compiler {
    /// `zip(1..., names)` (or `zip(names, 0...)`): a one-sided range numbers the other sequence's
    /// elements, as far as it goes. The zip is refused where printed: its type names a
    /// `PartialRangeFrom`. Nil when neither argument is such a range.
    fileprivate func zipWithPartialRange(_ xs: [ExprSyntax]) throws -> Typed? {
        func lowerBound(_ e: ExprSyntax) -> ExprSyntax? {
            guard let p = e.as(PostfixOperatorExprSyntax.self), p.operator.text == "..." else { return nil }
            return p.expression
        }
        guard let side = xs.firstIndex(where: { lowerBound($0) != nil }), lowerBound(xs[1 - side]) == nil else { return nil }
        let start = try expression(lowerBound(xs[side])!, as: .int)
        let other = try expression(xs[1 - side])
        let at = self.at(xs[1 - side])
        guard let elements = elementsOf(other, at), let element = other.type.elementType else {
            throw error(xs[1 - side], "expected a sequence, found a value of type '\(other.type)'")
        }
        let numbers = Typed(type: .int, code: start)
        let bases = side == 0 ? [numbers, other] : [other, numbers]
        let pair: SType = .tuple(side == 0 ? [.int, element] : [element, .int], labels: [nil, nil])
        return view(.zip, of: bases, opaque: true, element: pair) { values in
            guard case .int(let first) = values[side] else { return [] }
            return try elements(values[1 - side]).enumerated().map { i, x in
                let (n, overflow) = first.addingReportingOverflow(i)
                if overflow { throw InterpreterError(message: "Range end index has no valid successor", at: at) }
                let number = Value.int(n)
                return .tuple(side == 0 ? .pair(number, x) : .pair(x, number))
            }
        }
    }
}

/// The range `random(in:)` draws from: its bounds written in place (`0..<n`), or a range value
/// (`xs.indices`) read once for both bounds and whether it is closed.
private enum RandomBounds {
    case written(lower: Code, upper: Code, closed: Bool)
    case held((Frame) throws -> (Value, Value, Bool))

    /// Reads the bounds and whether the range is closed.
    var read: (Frame) throws -> (Value, Value, Bool) {
        switch self {
        case .written(let lower, let upper, let closed): { f in (try lower(f), try upper(f), closed) }
        case .held(let read): read
        }
    }
}
