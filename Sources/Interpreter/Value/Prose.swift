import Foundation

/// Values as prose and tables show them: numbers to at most six significant digits.
extension Value {
    /// The text of the value in a sentence or a table cell: a `Double` rounded to six significant
    /// digits, then written as Swift writes that number (`0.9801980198019802` reads `0.980198`,
    /// `9.999999992944923` reads `10.0`); anything else as `print` shows it.
    var prose: String {
        guard case .double(let x) = self, x.isFinite, let rounded = Double(String(format: "%.6g", x)) else { return description }
        return rounded.description
    }

    /// The text of the value formatted by `String(format: "%" + spec, value)`, for an inline value
    /// written `` `{swift:spec} expr` ``; `checkSize` vets widths and precisions. Throws the reason
    /// it cannot be formatted.
    func formatted(_ spec: String, checkSize: (Int) throws -> Void) throws -> String {
        let argument: PrintfFormat.Argument
        switch self {
        case .int(let n): argument = .int(n, type: "Int")
        case .double(let x): argument = .double(x)
        case .string(let s): argument = .string(s)
        default: throw PrintfFormat.Message("a format applies to an Int, a Double or a String, not to \(debugDescription)")
        }
        return try PrintfFormat.format("%" + spec, [argument], checkSize: checkSize)
    }
}
