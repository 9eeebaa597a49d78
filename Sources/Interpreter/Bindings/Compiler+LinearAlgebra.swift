import Foundation
import Optim
import SwiftSyntax

extension SType {
    /// Whether integer literals next to a value of this type are `Double`s, as Optim's
    /// `Double` operator overloads make them in Swift (`2 * v`, `1 - x[0]`); for a `Float`, the
    /// literals are read as numbers and made `Float`s (see `Compiler.floatLiteral`).
    var takesScalarLiterals: Bool {
        switch self {
        case .jet, .vector, .matrix: true
        case .native(let t): t.name == "Float"
        default: false
        }
    }
}

/// `-x` for a vector, matrix or jet.
func negate(_ v: Value) -> Value {
    switch v {
    case .vector(let x): .vector(-1 * x)
    case .matrix(let m): .matrix(-1 * m)
    case .jet(let j): .jet(-j)
    default: v
    }
}

/// Compiled arithmetic of Optim's `Vector`, `Matrix` and `Jet`, with shape errors at the operator.
extension Compiler {
    /// Compiles `[1, 2]` where a `Vector` is expected, or `[[1, 2], [3, 4]]` where a `Matrix` is.
    func linearAlgebraLiteral(_ a: ArrayExprSyntax, expected: SType) throws -> Typed? {
        let at = self.at(a)
        switch expected {
        case .vector:
            let codes = try a.elements.map { try expression($0.expression, as: .double) }
            return Typed(type: .vector) { f in .vector(Vector(try codes.map { try $0(f).double })) }
        case .matrix:
            let codes = try a.elements.map { try expression($0.expression, as: .array(.double)) }
            return Typed(type: .matrix) { f in .matrix(try makeMatrix(try codes.map { try $0(f).doubles }, at)) }
        default:
            return nil
        }
    }

    /// Compiles `v[i]` or `m[i, j]`.
    func linearAlgebraSubscript(_ base: Typed, _ arguments: [LabeledExprSyntax], _ s: SubscriptCallExprSyntax) throws -> Typed {
        let code = base.code
        let indices = try subscriptIndices(base.type, arguments, s)
        let at = self.at(s)
        if indices.count == 1, let place = slotPlace(s.calledExpression) {
            let i = indices[0]
            return Typed(double: { f in
                guard case .int(let k) = try i(f) else { return .nan }
                guard case .vector(let v) = place.address(in: f).pointee else { return .nan }
                guard k >= 0 && k < v.count else { throw indexError(k, v.count, at) }
                return v.scalars[k]
            })
        }
        if indices.count == 1 {
            let i = indices[0]
            return Typed(double: { f in
                guard case .vector(let v) = try code(f), case .int(let k) = try i(f) else { return .nan }
                guard k >= 0 && k < v.count else { throw indexError(k, v.count, at) }
                return v.scalars[k]
            })
        }
        let (i, j) = (indices[0], indices[1])
        return Typed(double: { f in
            guard case .matrix(let m) = try code(f), case .int(let r) = try i(f), case .int(let c) = try j(f) else { return .nan }
            try checkMatrixIndex(m, r, c, at)
            return m.scalars[r * m.cols + c]
        })
    }

    /// Compiles `v[i]` or `m[i, j]` as an assignable place.
    func linearAlgebraPlace(_ base: LValue, _ arguments: [LabeledExprSyntax], _ s: SubscriptCallExprSyntax) throws -> LValue {
        let indices = try subscriptIndices(base.type, arguments, s)
        let at = self.at(s)
        if indices.count == 1 {
            let i = indices[0]
            return .derived(from: base, type: .double) { modify in
                { f, body in
                    guard case .int(let k) = try i(f) else { return }
                    try modify(f) { v in
                        guard case .vector(var x) = v else { return }
                        guard k >= 0 && k < x.count else { throw indexError(k, x.count, at) }
                        v = .void
                        var element = Value.double(x.scalars[k])
                        defer {
                            x.scalars[k] = element.double
                            v = .vector(x)
                        }
                        try body(&element)
                    }
                }
            }
        }
        let (i, j) = (indices[0], indices[1])
        return .derived(from: base, type: .double) { modify in
            { f, body in
                guard case .int(let r) = try i(f), case .int(let c) = try j(f) else { return }
                try modify(f) { v in
                    guard case .matrix(var m) = v else { return }
                    try checkMatrixIndex(m, r, c, at)
                    v = .void
                    var element = Value.double(m.scalars[r * m.cols + c])
                    defer {
                        m.scalars[r * m.cols + c] = element.double
                        v = .matrix(m)
                    }
                    try body(&element)
                }
            }
        }
    }

    private func subscriptIndices(_ type: SType, _ arguments: [LabeledExprSyntax], _ s: SubscriptCallExprSyntax) throws -> [Code] {
        let count = if case .matrix = type { 2 } else { 1 }
        guard arguments.count == count, arguments.allSatisfy({ $0.label == nil }) else {
            throw error(s, count == 1 ? "a Vector is indexed by one Int: v[i]" : "a Matrix is indexed by two Ints: m[i, j]")
        }
        return try arguments.map { try expression($0.expression, as: .int) }
    }

    /// Compiles `sqrt`, `exp`, `log`, `sin`, `cos`, `tanh`, `abs` or `pow` of a `Jet`.
    func jetFunction(_ name: String, _ args: [Typed], _ c: FunctionCallExprSyntax) throws -> Typed {
        let unary: [String: (Jet) -> Jet] = [
            "sqrt": { sqrt($0) }, "exp": { exp($0) }, "log": { log($0) }, "sin": { sin($0) }, "cos": { cos($0) },
            "tanh": { tanh($0) }, "abs": { abs($0) },
        ]
        if args.count == 1 {
            guard let fn = unary[name] else { throw error(c, "'\(name)' is not differentiable with Jet; use sqrt, exp, log, sin, cos, tanh, abs or pow") }
            let code = args[0].code
            return Typed(type: .jet) { f in
                guard case .jet(let x) = try code(f) else { return .void }
                return .jet(fn(x))
            }
        }
        let (a, b) = (args[0].code, args[1].code)
        switch (args[0].type, args[1].type) {
        case (.jet, .jet): return Typed(type: .jet) { f in
                guard case .jet(let x) = try a(f), case .jet(let y) = try b(f) else { return .void }
                return .jet(pow(x, y))
            }
        case (.jet, .double): return Typed(type: .jet) { f in
                guard case .jet(let x) = try a(f), case .double(let p) = try b(f) else { return .void }
                return .jet(pow(x, p))
            }
        case (.double, .jet): return Typed(type: .jet) { f in
                guard case .double(let x) = try a(f), case .jet(let y) = try b(f) else { return .void }
                return .jet(pow(x, y))
            }
        default: throw error(c, "no 'pow' for '\(args[0].type)' and '\(args[1].type)'")
        }
    }

    /// Compiles `a...b` of two `Double`s, a `ClosedRange<Double>` as figures take for their axes,
    /// or `a..<b`, a `Range<Double>`.
    func doubleRange(_ op: String, _ l: Typed, _ r: Typed, _ node: Syntax) throws -> Typed {
        let closed = op == "..."
        let (a, b, at) = (l.code, r.code, self.at(node))
        let range = closed ? bindings.doubleRange : bindings.halfOpenDoubleRange
        return Typed(type: .native(range)) { f in
            let (x, y) = (try a(f).double, try b(f).double)
            guard x <= y else { throw InterpreterError(message: "range requires lowerBound <= upperBound", at: at) }
            return closed ? range.box(x...y) : range.box(x..<y)
        }
    }

    /// Compiles `l op r` when either side is a vector, matrix or jet; nil otherwise.
    func linearAlgebraOperator(_ op: String, _ l: Typed, _ r: Typed, _ node: Syntax) throws -> Typed? {
        guard l.type.takesScalarLiterals || r.type.takesScalarLiterals else { return nil }
        // A `Vector` and a `[Double]` join as the array's `+` joins sequences: a `[Double]`.
        if op == "+", l.type.isExactly(.vector) && r.type.isExactly(.array(.double)) || l.type.isExactly(.array(.double)) && r.type.isExactly(.vector) {
            let (a, b, runtime, at) = (l.code, r.code, self.runtime, self.at(node))
            func scalars(_ v: Value) -> [Double] { if case .vector(let x) = v { x.scalars } else { v.doubles } }
            return Typed(type: .array(.double)) { f in
                let joined = scalars(try a(f)) + scalars(try b(f))
                try runtime.checkCount(joined.count, at)
                return .doubles(joined)
            }
        }
        guard let type = arithmeticResult(op, l.type, r.type) else {
            if ["<", "<=", ">", ">="].contains(op), case .jet = l.type, case .jet = r.type {
                let (a, b) = (l.code, r.code)
                let compare: (Jet, Jet) -> Bool = switch op {
                case "<": { $0 < $1 }
                case "<=": { $0 <= $1 }
                case ">": { $0 > $1 }
                default: { $0 >= $1 }
                }
                return Typed(type: .bool) { f in
                    guard case .jet(let x) = try a(f), case .jet(let y) = try b(f) else { return .void }
                    return .bool(compare(x, y))
                }
            }
            return nil
        }
        let (a, b, at, runtime) = (l.code, r.code, self.at(node), self.runtime)
        if case .jet = type { return Typed(type: .jet, code: try jetArithmetic(op, l, r)) }
        return Typed(type: type) { f in
            let result = try linearAlgebra(op, try a(f), try b(f), at)
            try runtime.checkLibraryCall(at)
            return result
        }
    }

    /// The result type of `l op r` for Optim's arithmetic operators, nil if there is none.
    func arithmeticResult(_ op: String, _ l: SType, _ r: SType) -> SType? {
        guard ["+", "-", "*", "/"].contains(op) else { return nil }
        switch (l, r) {
        case (.jet, .jet), (.jet, .double), (.double, .jet): return .jet
        case (.vector, .vector), (.vector, .double): return .vector
        case (.double, .vector): return op == "*" || op == "/" || op == "+" || op == "-" ? .vector : nil
        case (.matrix, .matrix): return op == "/" ? nil : .matrix
        case (.matrix, .vector): return op == "*" ? .vector : nil
        case (.matrix, .double): return op == "*" || op == "/" ? .matrix : nil
        case (.double, .matrix): return op == "*" ? .matrix : nil
        default: return nil
        }
    }

    /// Jet arithmetic specialised by operand types, the hot path of differentiated closures.
    private func jetArithmetic(_ op: String, _ l: Typed, _ r: Typed) throws -> Code {
        let (a, b) = (l.code, r.code)
        switch (l.type, r.type) {
        case (.jet, .jet):
            let fn: (Jet, Jet) -> Jet = switch op {
            case "+": { $0 + $1 }
            case "-": { $0 - $1 }
            case "*": { $0 * $1 }
            default: { $0 / $1 }
            }
            return { f in
                guard case .jet(let x) = try a(f), case .jet(let y) = try b(f) else { return .void }
                return .jet(fn(x, y))
            }
        case (.jet, _):
            let fn: (Jet, Double) -> Jet = switch op {
            case "+": { $0 + $1 }
            case "-": { $0 - $1 }
            case "*": { $0 * $1 }
            default: { $0 / $1 }
            }
            let y = r.double
            return { f in
                guard case .jet(let x) = try a(f) else { return .void }
                return .jet(fn(x, try y(f)))
            }
        default:
            let fn: (Double, Jet) -> Jet = switch op {
            case "+": { $0 + $1 }
            case "-": { $0 - $1 }
            case "*": { $0 * $1 }
            default: { $0 / $1 }
            }
            let x = l.double
            return { f in
                let v = try x(f)
                guard case .jet(let y) = try b(f) else { return .void }
                return .jet(fn(v, y))
            }
        }
    }

    /// The operation of `place op= value` for a vector, matrix or jet place, nil for other types.
    func linearAlgebraCompound(_ op: String, _ place: SType, _ value: SType, _ node: Syntax) throws -> ((Value, Value) throws -> Value)? {
        if let number = try numberCompound(op, place, value, node) { return number }
        guard place.takesScalarLiterals else { return nil }
        guard let result = arithmeticResult(op, place, value), result.conforms(to: place) else {
            throw error(node, "binary operator '\(op)=' cannot be applied to operands of type '\(place)' and '\(value)'")
        }
        let (at, runtime) = (self.at(node), self.runtime)
        return { a, b in
            let result = try linearAlgebra(op, a, b, at)
            try runtime.checkLibraryCall(at)
            return result
        }
    }
}

/// `a op b` on vectors, matrices, jets and doubles, with Optim's checked (throwing) forms.
func linearAlgebra(_ op: String, _ a: Value, _ b: Value, _ at: SourcePoint) throws -> Value {
    do {
        switch (a, b) {
        case let (.vector(x), .vector(y)):
            switch op {
            case "+": return .vector(try x.adding(y))
            case "-": return .vector(try x.subtracting(y))
            case "*": return .vector(try x.hadamard(y))
            default: return .vector(try x.dividing(y))
            }
        case let (.vector(x), .double(s)):
            switch op {
            case "+": return .vector(x + s)
            case "-": return .vector(x - s)
            case "*": return .vector(x * s)
            default: return .vector(x / s)
            }
        case let (.double(s), .vector(x)):
            switch op {
            case "+": return .vector(s + x)
            case "-": return .vector(s - x)
            case "*": return .vector(s * x)
            default: return .vector(s / x)
            }
        case let (.matrix(x), .matrix(y)):
            switch op {
            case "+": return .matrix(try x.adding(y))
            case "-": return .matrix(try x.subtracting(y))
            default: return .matrix(try x.matmul(y))
            }
        case let (.matrix(x), .vector(y)): return .vector(try x.matmul(y))
        case let (.matrix(x), .double(s)): return .matrix(op == "*" ? x * s : x / s)
        case let (.double(s), .matrix(x)): return .matrix(s * x)
        case let (.jet(x), .jet(y)):
            switch op {
            case "+": return .jet(x + y)
            case "-": return .jet(x - y)
            case "*": return .jet(x * y)
            default: return .jet(x / y)
            }
        case let (.jet(x), .double(y)):
            switch op {
            case "+": return .jet(x + y)
            case "-": return .jet(x - y)
            case "*": return .jet(x * y)
            default: return .jet(x / y)
            }
        default: return .void
        }
    } catch let e as OptimError {
        throw InterpreterError(message: e.description, at: at)
    }
}

/// A matrix from rows, or an error naming the ragged row.
func makeMatrix(_ rows: [[Double]], _ at: SourcePoint) throws -> Matrix {
    let cols = rows.first?.count ?? 0
    if let bad = rows.firstIndex(where: { $0.count != cols }) {
        throw InterpreterError(message: "Matrix: row \(bad) has \(rows[bad].count) entries, row 0 has \(cols)", at: at)
    }
    return Matrix(rows: rows.count, cols: cols, scalars: rows.flatMap { $0 })
}

/// Fails unless (r, c) lies inside `m`.
func checkMatrixIndex(_ m: Matrix, _ r: Int, _ c: Int, _ at: SourcePoint) throws {
    guard r >= 0 && r < m.rows && c >= 0 && c < m.cols else {
        throw InterpreterError(message: "index [\(r), \(c)] out of range for a matrix of shape \(m.shapeDescription)", at: at)
    }
}
