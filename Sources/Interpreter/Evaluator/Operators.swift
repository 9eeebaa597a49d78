import SwiftSyntax

/// Binary operators, specialised at compile time by operand type so the evaluator
/// does one enum match per operand and no dispatch on the operator.
extension Compiler {
    /// Compiles `l op r` for operands already typed; `lhs` and `rhs` are their syntax, for a
    /// literal passed to an operator function the note declares to take that function's type.
    func binaryOperator(_ op: String, _ lhs: Folded, _ rhs: Folded, _ l: Typed, _ r: Typed, _ node: Syntax) throws -> Typed {
        let (a, b) = (l.code, r.code)
        let at = self.at(node)
        let mismatch = error(node, "binary operator '\(op)' cannot be applied to operands of type '\(l.type)' and '\(r.type)'")
        if let declared = try declaredOperator(op, lhs, rhs, l, r, node) { return declared }
        if let number = try numberOperator(op, l, r, node) { return number }
        if let index = stringIndexComparison(op, l, r) { return index }
        switch op {
        case "==", "!=":
            var (lt, rt) = (l.type, r.type)
            if case .nilLiteral = lt { lt = rt }
            if case .nilLiteral = rt { rt = lt }
            guard lt.conforms(to: rt) || rt.conforms(to: lt), isEquatable(lt) else { throw mismatch }
            if case .set = lt, case .set = rt { return setEquality(op, l, r) }
            let (lOptional, rOptional) = (isOptional(l), isOptional(r))
            let ac: Code = !lOptional && rOptional ? { f in .some(try a(f)) } : a
            let bc: Code = !rOptional && lOptional ? { f in .some(try b(f)) } : b
            let equal = op == "=="
            if case .double = lt {
                return Typed(type: .bool) { f in
                    guard case .double(let x) = try ac(f), case .double(let y) = try bc(f) else { return .void }
                    return .bool((x == y) == equal)
                }
            }
            return Typed(type: .bool) { f in .bool((try ac(f) == (try bc(f))) == equal) }
        default: break
        }
        if let identity = try identityComparison(op, l, r, node) { return identity }
        if let linear = try linearAlgebraOperator(op, l, r, node) { return linear }
        if op == "..." || op == "..<", case .double = l.type, case .double = r.type {
            return try doubleRange(op, l, r, node)
        }
        guard l.type.conforms(to: r.type), r.type.conforms(to: l.type) else { throw mismatch }
        switch (op, l.type) {
        case ("+", .double): return fused(Plus.self, l, r)
        case ("-", .double): return fused(Minus.self, l, r)
        case ("*", .double): return fused(Times.self, l, r)
        case ("/", .double): return fused(Divide.self, l, r)
        case ("+", .int), ("-", .int), ("*", .int), ("/", .int), ("%", .int), ("&", .int), ("|", .int), ("^", .int),
             ("<<", .int), (">>", .int), ("&<<", .int), ("&>>", .int), ("&+", .int), ("&-", .int), ("&*", .int):
            let (x, y) = (l.int, r.int)
            // The three most common operations are inlined; the others go through one call.
            func overflow() -> InterpreterError { InterpreterError(message: "arithmetic overflow in '\(op)'", at: at) }
            switch op {
            case "+": return Typed(int: { f in
                    let (v, o) = try x(f).addingReportingOverflow(try y(f))
                    if o { throw overflow() }
                    return v
                })
            case "-": return Typed(int: { f in
                    let (v, o) = try x(f).subtractingReportingOverflow(try y(f))
                    if o { throw overflow() }
                    return v
                })
            case "*": return Typed(int: { f in
                    let (v, o) = try x(f).multipliedReportingOverflow(by: try y(f))
                    if o { throw overflow() }
                    return v
                })
            default:
                let operation = try integerOperation(op, at)
                return Typed(int: { f in try operation(try x(f), try y(f)) })
            }
        case ("<", .double), ("<=", .double), (">", .double), (">=", .double):
            let compare = comparison(op, Double.self)
            let (x, y) = (l.double, r.double)
            return Typed(type: .bool) { f in .bool(compare(try x(f), try y(f))) }
        case ("<", .int), ("<=", .int), (">", .int), (">=", .int):
            let compare = comparison(op, Int.self)
            let (x, y) = (l.int, r.int)
            return Typed(type: .bool) { f in .bool(compare(try x(f), try y(f))) }
        case ("<", .string), ("<=", .string), (">", .string), (">=", .string):
            let compare = comparison(op, String.self)
            return Typed(type: .bool) { f in
                guard case .string(let x) = try a(f), case .string(let y) = try b(f) else { return .void }
                return .bool(compare(x, y))
            }
        // A `Comparable` enum is ordered by case, then payload; a tuple of up to six comparable
        // elements lexicographically, as Swift's tuple comparisons are.
        case ("<", let t) where ordersByLess(t), ("<=", let t) where ordersByLess(t),
             (">", let t) where ordersByLess(t), (">=", let t) where ordersByLess(t):
            let (strict, swapped) = (op == "<" || op == ">", op == ">" || op == ">=")
            return Typed(type: .bool) { f in
                let (x, y) = (try a(f), try b(f))
                let (p, q) = swapped ? (y, x) : (x, y)
                return .bool(strict ? less(p, q) : !less(q, p))
            }
        case ("+", .string): return Typed(type: .string) { f in
                guard case .string(let x) = try a(f), case .string(let y) = try b(f) else { return .void }
                return .string(x + y)
            }
        case ("+", .array):
            let runtime = self.runtime
            return Typed(type: l.type) { f in
                guard case .array(let x) = try a(f), case .array(let y) = try b(f) else { return .void }
                try runtime.checkCount(x.count + y.count, at)
                return .array(x + y)
            }
        case ("..<", .int), ("...", .int):
            let closed = op == "..."
            return Typed(type: .range(closed: closed)) { f in
                guard case .int(let x) = try a(f), case .int(let y) = try b(f) else { return .void }
                guard x <= y else { throw InterpreterError(message: "range requires lowerBound <= upperBound", at: at) }
                return .range(RangeValue(lower: x, upper: y, closed: closed))
            }
        case ("%", .double):
            throw error(node, "'%' is unavailable: for floating-point numbers use truncatingRemainder instead")
        default:
            throw mismatch
        }
    }

    /// `l op r` on doubles, unboxed. A literal operand is used directly rather than called, and
    /// two literals fold (to the same IEEE result Swift computes). Generic over the operator's
    /// type, not a closure, so each operator gets closures of its own with the arithmetic inlined.
    private func fused<O: DoubleOperator>(_: O.Type, _ l: Typed, _ r: Typed) -> Typed {
        switch (l.constant, r.constant) {
        case let (a?, b?):
            return Typed(constant: O.apply(a, b))
        case let (a?, nil):
            let y = r.double
            return Typed(double: { f in O.apply(a, try y(f)) })
        case let (nil, b?):
            let x = l.double
            return Typed(double: { f in O.apply(try x(f), b) })
        case (nil, nil):
            let (x, y) = (l.double, r.double)
            return Typed(double: { f in O.apply(try x(f), try y(f)) })
        }
    }

    private func isOptional(_ t: Typed) -> Bool {
        switch t.type {
        case .nilLiteral, .optional: true
        default: false
        }
    }

    /// Whether `less` orders values of type `t` as Swift's `<` does: a `Comparable` enum, or a
    /// tuple of up to six integers, numbers, strings or such enums.
    private func ordersByLess(_ t: SType) -> Bool {
        switch t {
        case .structure(let s): s.isComparableEnum
        case .tuple(let ts, _):
            ts.count <= 6 && ts.allSatisfy {
                switch $0 {
                case .int, .double, .string: true
                case .structure(let s): s.isComparableEnum
                default: false
                }
            }
        default: false
        }
    }

    private func isEquatable(_ t: SType) -> Bool {
        switch t {
        case .function, .void: false
        case .array(let e), .optional(let e): isEquatable(e)
        case .tuple(let ts, _): ts.allSatisfy(isEquatable)
        case .dictionary(let k, let v): isEquatable(k) && isEquatable(v)
        case .structure(let t): t.isEquatable
        default: true
        }
    }

    private func comparison<T: Comparable>(_ op: String, _: T.Type) -> (T, T) -> Bool {
        switch op {
        case "<": { $0 < $1 }
        case "<=": { $0 <= $1 }
        case ">": { $0 > $1 }
        default: { $0 >= $1 }
        }
    }

    /// Checked integer arithmetic: overflow and division by zero are errors, as in Swift.
    func integerOperation(_ op: String, _ at: SourcePoint) throws -> (Int, Int) throws -> Int {
        func checked(_ r: (partialValue: Int, overflow: Bool)) throws -> Int {
            if r.overflow { throw InterpreterError(message: "arithmetic overflow in '\(op)'", at: at) }
            return r.partialValue
        }
        switch op {
        case "+": return { try checked($0.addingReportingOverflow($1)) }
        case "-": return { try checked($0.subtractingReportingOverflow($1)) }
        case "*": return { try checked($0.multipliedReportingOverflow(by: $1)) }
        case "/", "%":
            let divide = op == "/"
            return { x, y in
                if y == 0 { throw InterpreterError(message: divide ? "division by zero" : "division by zero in remainder operation", at: at) }
                return try checked(divide ? x.dividedReportingOverflow(by: y) : x.remainderReportingOverflow(dividingBy: y))
            }
        // Bitwise, smart-shift and wrapping operators never trap, as in Swift.
        case "&": return { $0 & $1 }
        case "|": return { $0 | $1 }
        case "^": return { $0 ^ $1 }
        case "<<": return { $0 << $1 }
        case ">>": return { $0 >> $1 }
        case "&<<": return { $0 &<< $1 }
        case "&>>": return { $0 &>> $1 }
        case "&+": return { $0 &+ $1 }
        case "&-": return { $0 &- $1 }
        case "&*": return { $0 &* $1 }
        default: throw InterpreterError(message: "unknown operator '\(op)'", at: at)
        }
    }

    /// The function applying a compound assignment's operator to two values of `type`.
    func compoundOperation(_ op: String, _ type: SType, _ node: Syntax) throws -> (Value, Value) throws -> Value {
        let at = self.at(node)
        switch type {
        case .double:
            let fn: (Double, Double) -> Double
            switch op {
            case "+": fn = (+)
            case "-": fn = (-)
            case "*": fn = (*)
            case "/": fn = (/)
            default: throw error(node, "'\(op)=' is unavailable for 'Double'")
            }
            return { a, b in
                guard case .double(let x) = a, case .double(let y) = b else { return .void }
                return .double(fn(x, y))
            }
        case .int:
            let fn = try integerOperation(op, at)
            return { a, b in
                guard case .int(let x) = a, case .int(let y) = b else { return .void }
                return .int(try fn(x, y))
            }
        case .string where op == "+":
            return { a, b in
                guard case .string(let x) = a, case .string(let y) = b else { return .void }
                return .string(x + y)
            }
        case .array where op == "+":
            let runtime = self.runtime
            return { a, b in
                guard case .array(var x) = a, case .array(let y) = b else { return .void }
                try runtime.checkCount(x.count + y.count, at)
                x += y
                return .array(x)
            }
        default:
            throw error(node, "binary operator '\(op)=' cannot be applied to operands of type '\(type)'")
        }
    }
}

/// One of `Double`'s four arithmetic operators, as a type (see `Compiler.fused`).
private protocol DoubleOperator {
    static func apply(_ a: Double, _ b: Double) -> Double
}

private enum Plus: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b }
}

private enum Minus: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b }
}

private enum Times: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b }
}

private enum Divide: DoubleOperator {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b }
}
