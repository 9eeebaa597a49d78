/// Elementary functions computed with IEEE-754 arithmetic only, so that their results are the same
/// on every platform (the system libm is free to differ in the last bit).
enum PortableMath {
    private static let ln2High = 6.93147180369123816490e-01
    private static let ln2Low = 1.90821492927058770002e-10

    /// ln x for x > 0, to within a few ulp: x = m·2ᵉ with m ∈ [√½, √2), s = (m − 1)/(m + 1),
    /// ln m = 2(s + s³/3 + s⁵/5 + … + s²³/23) and ln x = e·ln 2 + ln m.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "PortableMath.log needs a positive finite argument, got \(x)")
        var m = x.significand
        var e = Double(x.exponent)
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let z = s * s
        var series = 1.0 / 23
        for k in stride(from: 21, through: 1, by: -2) {
            series = series * z + 1 / Double(k)
        }
        return e * ln2High + (2 * s * series + e * ln2Low)
    }
}
