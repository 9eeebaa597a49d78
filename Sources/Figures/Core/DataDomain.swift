import Foundation

/// Domains for data-driven axes: the finite (and, on log axes, positive)
/// extent of the values, padded a little so marks are not cut by the frame.
enum DataDomain {
    /// The largest magnitude a linear domain reaches: padded, its span still fits in a `Double`.
    /// Values beyond it are drawn outside the frame and clipped.
    static let linearLimit = Double.greatestFiniteMagnitude / 4

    /// The narrowest span a linear domain gets: a narrower extent (as 0…10⁻³²⁰, whose span is
    /// subnormal) is widened as a single value is, so that a unit of data is a finite distance.
    static let minimumSpan = 1e-290

    /// The padded extent of `values` on an axis of `scale`, within `±linearLimit` (positive finite
    /// numbers on log axes); a fallback of 0…1 (1…10 on log axes) when nothing is drawable.
    static func extent<S: Sequence>(_ values: S, scale: AxisScale, padding: Double = 0.05,
                                    including anchor: Double? = nil) -> ClosedRange<Double>
    where S.Element == Double {
        var lo = Double.infinity
        var hi = -Double.infinity
        for value in values where value.isFinite && (scale == .linear || value > 0) {
            lo = min(lo, value)
            hi = max(hi, value)
        }
        if let anchor {
            lo = min(lo, anchor)
            hi = max(hi, anchor)
        }
        guard lo <= hi else { return scale == .log ? 1...10 : 0...1 }
        switch scale {
        case .linear:
            (lo, hi) = (lo.clamped(to: -linearLimit...linearLimit), hi.clamped(to: -linearLimit...linearLimit))
            if hi - lo < minimumSpan {
                let half = abs(lo) * 0.1 < minimumSpan ? 1 : abs(lo) * 0.1
                return (lo - half)...(hi + half)
            }
            let margin = (hi - lo) * padding
            let paddedLo = anchor == lo ? lo : lo - margin
            return paddedLo...(hi + margin)
        case .log:
            let a = log10(lo)
            let b = log10(hi)
            let margin = max((b - a) * padding, a == b ? 0.5 : 0)
            let bounds = Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude
            return pow(10, a - margin).clamped(to: bounds)...pow(10, b + margin).clamped(to: bounds)
        }
    }
}

extension Double {
    /// The nearest value within `range`.
    func clamped(to range: ClosedRange<Double>) -> Double {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
