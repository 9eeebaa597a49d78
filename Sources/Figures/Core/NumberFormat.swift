import Foundation

/// Deterministic number → label formatting for ticks, legends and
/// descriptions (no locale, no Foundation): a typographic minus sign, and
/// `m×10ⁿ` with superscript exponents for very large or very small values.
enum NumberFormat {
    /// Formats `value` with exactly `decimals` digits after the point.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return scientific(value, significant: 3) }
        let units = Int(scaled)
        let divisor = Int(scale)
        var text = String(units / divisor)
        if decimals > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "−" : "") + text
    }

    /// Formats `value` as `m×10ⁿ` with `significant` significant digits in
    /// the mantissa (trailing zeros dropped) or `10ⁿ` when the mantissa is 1.
    static func scientific(_ value: Double, significant: Int) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) }
        var exponent = Int(floorLog10(abs(value)))
        var mantissa = value / power10(exponent)
        let rounded = Double(fixed(abs(mantissa), decimals: significant - 1)) ?? abs(mantissa)
        if rounded >= 10 {
            exponent += 1
            mantissa /= 10
        }
        let mantissaText = trimmed(fixed(mantissa, decimals: significant - 1))
        let exponentText = superscript(exponent)
        if mantissaText == "1" { return "10" + exponentText }
        if mantissaText == "−1" { return "−10" + exponentText }
        return mantissaText + "×10" + exponentText
    }

    /// Formats `value` compactly with about `significant` significant digits,
    /// switching to scientific notation outside 10⁻³ … 10⁶.
    static func compact(_ value: Double, significant: Int = 3) -> String {
        guard value.isFinite, value != 0 else { return fixed(value, decimals: 0) }
        let magnitude = abs(value)
        if magnitude >= 1e6 || magnitude < 1e-3 { return scientific(value, significant: significant) }
        let decimals = max(0, significant - 1 - Int(floorLog10(magnitude)))
        return trimmed(fixed(value, decimals: decimals))
    }

    /// `10^exponent`, exact for the integer exponents used by ticks; below 10⁻³⁰⁸ (where 1/10ⁿ would
    /// divide by an infinite 10ⁿ) it is reached in two steps, down to the subnormal numbers.
    static func power10(_ exponent: Int) -> Double {
        if exponent < -308 { return power10(exponent + 300) / power10(300) }
        var result = 1.0
        if exponent >= 0 {
            for _ in 0..<exponent { result *= 10 }
        } else {
            for _ in 0..<(-exponent) { result *= 10 }
            result = 1 / result
        }
        return result
    }

    /// ⌊log₁₀ value⌋ for positive `value`, robust to rounding at exact powers.
    static func floorLog10(_ value: Double) -> Double {
        var exponent = (log10(value)).rounded(.down)
        if power10(Int(exponent) + 1) <= value { exponent += 1 }
        if power10(Int(exponent)) > value { exponent -= 1 }
        return exponent
    }

    /// Superscript digits for an integer exponent, e.g. -3 → "⁻³".
    static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = exponent < 0 ? "⁻" : ""
        for character in String(abs(exponent)) {
            text.append(digits[Int(String(character)) ?? 0])
        }
        return text
    }

    /// Drops trailing zeros (and a trailing point) after a decimal point.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }
}
