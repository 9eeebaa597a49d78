import Foundation
import SwiftSyntax

/// `expect` and `table`: the interpreter-only built-ins that feed check cards and tables.
extension Compiler {
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
        guard labels.count >= 3, labels[0] == nil, labels[1] == "approx", labels[2] == "tol",
              labels.count == 3 || labels[3...] == [nil] else {
            throw error(c, "use expect(condition, \"message\") or expect(a, approx: b, tol: 1e-12)")
        }
        let a = try expression(args[0].expression, expected: .double)
        guard isApproximable(a.type) else {
            throw error(args[0].expression, "expect(_:approx:tol:) compares Double, [Double], [[Double]], Vector or Matrix, not '\(a.type)'")
        }
        let b = try expression(args[1].expression, as: a.type)
        let tol = try expression(args[2].expression, as: .double)
        let text = "\(args[0].expression.trimmedDescription) ≈ \(args[1].expression.trimmedDescription)"
        let message = try args.count == 4 ? expression(args[3].expression, as: .string) : { _ in .string(text) }
        return Typed(type: .void) { f in
            let (x, y) = (try a.code(f), try b(f))
            guard case .double(let t) = try tol(f) else { return .void }
            let detail: String
            let passed: Bool
            if let delta = maxDifference(x, y) {
                passed = delta <= t
                detail = "max |Δ| = \(formatDelta(delta))"
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

/// The largest absolute elementwise difference, or nil if the shapes differ.
/// NaN anywhere gives NaN, which never passes a tolerance.
func maxDifference(_ a: Value, _ b: Value) -> Double? {
    switch (a, b) {
    case let (.double(x), .double(y)):
        return x == y ? 0 : Swift.abs(x - y)
    case let (.array(xs), .array(ys)):
        guard xs.count == ys.count else { return nil }
        var worst = 0.0
        for (x, y) in zip(xs, ys) {
            guard let d = maxDifference(x, y) else { return nil }
            if d.isNaN { return .nan }
            worst = Swift.max(worst, d)
        }
        return worst
    case let (.vector(x), .vector(y)):
        return maxDifference(.array(x.scalars.map(Value.double)), .array(y.scalars.map(Value.double)))
    case let (.matrix(x), .matrix(y)):
        guard x.rows == y.rows else { return nil }
        return maxDifference(.array(x.scalars.map(Value.double)), .array(y.scalars.map(Value.double)))
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
