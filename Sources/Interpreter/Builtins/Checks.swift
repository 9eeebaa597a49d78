import Foundation
import SwiftSyntax

/// `expect` and `table`: the interpreter-only built-ins that feed check cards and tables.
extension Compiler {
    /// `expect` and `table` as the API reference lists them: compiled here rather than bound, so
    /// their forms are written out (keep them in step with `expectCall` and `tableCall`).
    static let checkBuiltins: [BlockAPI.Builtin] = [
        .init(name: "expect", signature: "expect(_ condition: Bool, _ message: String = \"<the condition as written>\")",
              summary: "A check: passes when `condition` is true; the block's check card shows `message`."),
        .init(name: "expect", signature: "expect(_ a: T, approx b: T, tol: Double, _ message: String = \"a ≈ b\")",
              summary: "A check that passes when |a − b| ≤ `tol` for every element; `T` is `Double`, `[Double]`, `[[Double]]`, `Vector` or `Matrix`."),
        .init(name: "expect", signature: "expect(_ a: T, approx b: T, _ message: String = \"a ≈ b\")",
              summary: "The same check with the default tolerance: |a − b| ≤ 1e-12 + 1e-9·|b| for every element (numpy.isclose's rule with tighter constants), equality up to the rounding of a few thousand operations. Give an iterative result's accuracy as `tol:`."),
        .init(name: "table", signature: "table(_ header: [String], _ rows: [[T]], caption: String? = nil)",
              summary: "A table in the page: `rows` is an array of arrays or of tuples, one per row; numbers show at most six significant digits."),
    ]

    /// Compiles `expect(condition, "message")` or `expect(a, approx: b, tol: t[, "message"])`.
    func expectCall(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        let runtime = self.runtime
        let at = self.at(c)
        let labels = args.map(\.label)
        if labels == [nil] || labels == [nil, nil] {
            let condition = try expression(args[0].expression, as: .bool)
            let message = try args.count == 2 ? expression(args[1].expression, as: .string)
                : { [text = args[0].expression.trimmedDescription] _ in .string(text) }
            return Typed(type: .void) { f in
                let passed = try condition(f) == .bool(true)
                runtime.checks.append(CheckResult(passed: passed, message: try message(f).description, detail: nil,
                                                  line: at.line, column: at.column))
                return .void
            }
        }
        let hasTolerance = labels.count >= 3 && labels[2] == "tol"
        let rest = labels.dropFirst(hasTolerance ? 3 : 2)
        guard labels.count >= 2, labels[0] == nil, labels[1] == "approx", rest.isEmpty || rest == [nil] else {
            throw error(c, "use expect(condition, \"message\"), expect(a, approx: b) or expect(a, approx: b, tol: 1e-12)")
        }
        var a = try expression(args[0].expression, expected: .double)
        guard isApproximable(a.type) else {
            throw error(args[0].expression, "expect(_:approx:) compares Double, [Double], [[Double]], Vector or Matrix, not '\(a.type)'")
        }
        let b: Code
        do {
            b = try expression(args[1].expression, as: a.type)
        } catch {
            // The other side's type may decide the first's, as Swift types the call as a whole:
            // `expect(v.map { $0 }, approx: Array(v))` compares `Sequence.map`'s `[Double]`.
            guard let other = try? expression(args[1].expression), isApproximable(other.type),
                  let retyped = try? expression(args[0].expression, as: other.type) else { throw error }
            (a, b) = (Typed(type: other.type, code: retyped), other.code)
        }
        let tol = try hasTolerance ? expression(args[2].expression, as: .double) : nil
        let text = "\(args[0].expression.trimmedDescription) ≈ \(args[1].expression.trimmedDescription)"
        let message = try rest.isEmpty ? { _ in .string(text) } : expression(args[labels.count - 1].expression, as: .string)
        return Typed(type: .void) { f in
            let (x, y) = (try a.code(f), try b(f))
            let tolerance: Tolerance
            if let tol {
                guard case .double(let t) = try tol(f) else { return .void }
                tolerance = .absolute(t)
            } else {
                tolerance = .standard
            }
            let detail: String
            let passed: Bool
            if let pairs = elementPairs(x, y) {
                passed = pairs.allSatisfy { tolerance.accepts($0, $1) }
                // NaN anywhere shows as the largest difference.
                let worst = pairs.reduce(0.0) { w, p in
                    let d = difference(p.0, p.1)
                    return w.isNaN || d.isNaN ? .nan : Swift.max(w, d)
                }
                detail = "max |Δ| = \(formatDelta(worst))"
            } else {
                passed = false
                detail = "shapes differ"
            }
            runtime.checks.append(CheckResult(passed: passed, message: try message(f).description, detail: detail,
                                              line: at.line, column: at.column))
            return .void
        }
    }

    private func isApproximable(_ t: SType) -> Bool {
        switch t {
        case .double, .vector, .matrix: true
        case .array(let e): isApproximable(e)
        default: false
        }
    }

    /// Compiles `table(header, rows)` or `table(header, rows, caption: "…")`: `header` is `[String]`,
    /// `rows` an array of arrays or tuples.
    func tableCall(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        var args = args
        var caption: Code?
        if args.count == 3, args[2].label == "caption" { caption = try expression(args.removeLast().expression, as: .optional(.string)) }
        let xs = try positional(args, 2, c, "table")
        let header = try expression(xs[0], as: .array(.string))
        let rows = try expression(xs[1])
        switch rows.type {
        case .array(.array), .array(.tuple): break
        default: throw error(xs[1], "table rows must be an array of arrays or tuples, not '\(rows.type)'")
        }
        let runtime = self.runtime
        return Typed(type: .void) { f in
            guard case .array(let h) = try header(f), case .array(let rs) = try rows.code(f) else { return .void }
            let cells: [[String]] = rs.map { row in
                switch row {
                case .array(let xs): xs.map(\.prose)
                case .tuple(let t): t.elements.map(\.prose)
                default: [row.prose]
                }
            }
            let text: String? = if case Value.some(let s)? = try caption?(f) { s.description } else { nil }
            runtime.emit(.table(header: h.map(\.description), rows: cells, caption: text))
            return .void
        }
    }
}

/// When `expect(a, approx: b)` counts two numbers as equal.
enum Tolerance {
    /// `tol:` given: |a − b| ≤ tol.
    case absolute(Double)
    /// No `tol:`: |a − b| ≤ 1e-12 + 1e-9·|b|, `numpy.isclose`'s rule with tighter constants. The
    /// relative part allows the rounding of a few thousand operations at any magnitude (1e-9 is
    /// about 4.5 million units in the last place), far below the error of any iterative method;
    /// the absolute part lets a result that should be zero carry that rounding too. A check of an
    /// iterative result (a converged run's final point) gives the accuracy it expects as `tol:`.
    case standard

    /// The default's relative tolerance.
    static let relative = 1e-9
    /// The default's absolute tolerance.
    static let absoluteFloor = 1e-12

    /// Whether `a` is close enough to the expected `b`; NaN never is.
    func accepts(_ a: Double, _ b: Double) -> Bool {
        let delta = difference(a, b)
        return switch self {
        case .absolute(let tol): delta <= tol
        case .standard: delta <= Self.absoluteFloor + Self.relative * Swift.abs(b)
        }
    }
}

/// |a − b|, and 0 for equal numbers (so that equal infinities match).
func difference(_ a: Double, _ b: Double) -> Double { a == b ? 0 : Swift.abs(a - b) }

/// The elements of two values of the same shape, paired in order, or nil if the shapes differ.
func elementPairs(_ a: Value, _ b: Value) -> [(Double, Double)]? {
    switch (a, b) {
    case let (.double(x), .double(y)):
        return [(x, y)]
    case let (.array(xs), .array(ys)):
        guard xs.count == ys.count else { return nil }
        var pairs: [(Double, Double)] = []
        for (x, y) in zip(xs, ys) {
            guard let inner = elementPairs(x, y) else { return nil }
            pairs += inner
        }
        return pairs
    case let (.vector(x), .vector(y)):
        return x.count == y.count ? Array(zip(x.scalars, y.scalars)) : nil
    case let (.matrix(x), .matrix(y)):
        return x.rows == y.rows && x.cols == y.cols ? Array(zip(x.scalars, y.scalars)) : nil
    default:
        return nil
    }
}

/// A discrepancy with two significant digits, such as `2.2e-16`.
func formatDelta(_ d: Double) -> String {
    if d == 0 { return "0" }
    if !d.isFinite { return d.description }
    let text = String(format: "%.1e", d)
    // C prints two-digit exponents with a sign and leading zero: 2.2e-05 → 2.2e-5.
    return text.replacingOccurrences(of: "e-0", with: "e-").replacingOccurrences(of: "e+0", with: "e+")
}
