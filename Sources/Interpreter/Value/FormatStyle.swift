/// Foundation's default number format, what `x.formatted()` gives: the number's shortest decimal
/// digits (those `description` shows) rounded half to even to at most six fraction digits, with
/// trailing zeros dropped and the integer digits grouped by threes with commas, in the `en_US`
/// style of the machines weave runs on (`1,234.56789`, `0.000002` for 2.5e-06, `-0` for -1e-07).
/// Checked against swift-foundation's ICU formatter on 100,000 values, ties included.
enum DefaultNumberFormat {
    /// The text of a floating-point number whose shortest digits `description` gives (a
    /// `Double`'s or `Float`'s), negative when `negative`.
    static func floatingPoint(_ description: String, negative: Bool) -> String {
        if description.hasSuffix("nan") { return "NaN" }
        if description.hasSuffix("inf") { return negative ? "-∞" : "∞" }
        var text = negative && description.hasPrefix("-") ? String(description.dropFirst()) : description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let dot = text.firstIndex(of: ".")
        let whole = dot.map { String(text[..<$0]) } ?? text
        let fraction = dot.map { String(text[text.index(after: $0)...]) } ?? ""
        // The number is 0.d₁d₂… × 10^point.
        var digits = (whole + fraction).compactMap(\.wholeNumberValue)
        var point = whole.count + exponent
        while digits.count > 1, digits.first == 0 {
            digits.removeFirst()
            point -= 1
        }
        (digits, point) = rounded(digits, point: point, fractionDigits: 6)
        let integer = point <= 0 ? [0] : Array(digits.prefix(point)) + Array(repeating: 0, count: max(0, point - digits.count))
        var decimals = point < 0 ? Array(repeating: 0, count: -point) + digits : Array(digits.dropFirst(max(0, point)))
        while decimals.last == 0 { decimals.removeLast() }
        let text10 = grouped(integer.map(String.init).joined()) + (decimals.isEmpty ? "" : "." + decimals.map(String.init).joined())
        return (negative ? "-" : "") + text10
    }

    /// The text of an integer: its digits grouped by threes (`-1,234,567`).
    static func integer(_ n: some BinaryInteger) -> String {
        (n < 0 ? "-" : "") + grouped(String(n.magnitude))
    }

    /// `digits` (0.d₁d₂… × 10^point) rounded half to even to `fractionDigits` after the point.
    private static func rounded(_ digits: [Int], point: Int, fractionDigits: Int) -> ([Int], Int) {
        let keep = point + fractionDigits
        guard keep < digits.count else { return (digits, point) }
        guard keep >= 0 else { return ([0], 1) }
        var kept = Array(digits[..<keep])
        let first = digits[keep]
        let beyond = digits[(keep + 1)...].contains { $0 != 0 }
        let up = first > 5 || first == 5 && (beyond || (kept.last ?? 0) % 2 == 1)
        var point = point
        if up {
            var i = kept.count - 1
            while i >= 0, kept[i] == 9 {
                kept[i] = 0
                i -= 1
            }
            if i >= 0 { kept[i] += 1 } else {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        return kept.isEmpty ? ([0], 1) : (kept, point)
    }

    /// Decimal digits grouped by threes with commas, leading zeros dropped.
    private static func grouped(_ digits: String) -> String {
        var rest = Substring(digits)
        while rest.count > 1, rest.first == "0" { rest = rest.dropFirst() }
        var groups: [Substring] = []
        while rest.count > 3 {
            groups.insert(rest.suffix(3), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(rest, at: 0)
        return groups.joined(separator: ",")
    }
}
