import Foundation

/// Maps data values on one axis to viewBox coordinates, linearly or in log₁₀.
struct Scale {
    /// Linear or logarithmic mapping.
    let kind: AxisScale
    /// Data domain (positive for log scales).
    let domain: ClosedRange<Double>
    /// Output coordinate for `domain.lowerBound`.
    let start: Double
    /// Output coordinate for `domain.upperBound`.
    let end: Double

    private let offset: Double
    private let factor: Double

    /// Creates a scale mapping `domain` onto `start…end` (which may decrease,
    /// as for a y axis).
    init(kind: AxisScale, domain: ClosedRange<Double>, start: Double, end: Double) {
        self.kind = kind
        self.domain = domain
        self.start = start
        self.end = end
        let lo = kind == .log ? log10(domain.lowerBound) : domain.lowerBound
        let hi = kind == .log ? log10(domain.upperBound) : domain.upperBound
        let span = hi - lo
        factor = span > 0 && span.isFinite ? (end - start) / span : 0
        offset = lo
    }

    /// The coordinate of `value`; non-finite for values a log scale cannot show.
    func callAsFunction(_ value: Double) -> Double {
        switch kind {
        case .linear: return start + (value - offset) * factor
        case .log: return value > 0 ? start + (log10(value) - offset) * factor : .nan
        }
    }

    /// Ticks for this axis; `target` is the wanted number of linear ticks.
    func ticks(target: Int) -> [Tick] {
        switch kind {
        case .linear: return Ticks.linear(lo: domain.lowerBound, hi: domain.upperBound, target: target)
        case .log: return Ticks.log(lo: domain.lowerBound, hi: domain.upperBound)
        }
    }
}
