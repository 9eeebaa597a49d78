import Foundation

/// One axis tick: where it sits in data units, its label, and whether it
/// is a major (labelled, gridded) or minor (short, unlabelled) tick.
struct Tick: Equatable {
    /// Position in data units.
    var value: Double
    /// Label text; empty for minor ticks.
    var label: String
    /// Whether the tick is labelled and gets a grid line.
    var isMajor: Bool
}

/// Tick placement: the 1-2-5 rule on linear axes, decades on log axes.
enum Ticks {
    /// The 1-2-5 step giving the tick count closest to `target` over
    /// `lo…hi` (the finer step on ties).
    static func niceStep(lo: Double, hi: Double, target: Int) -> Double {
        let raw = (hi - lo) / Double(max(target, 1))
        guard raw > 0, raw.isFinite else { return 1 }
        let base = NumberFormat.power10(Int(NumberFormat.floorLog10(raw)))
        var best = base
        var bestMiss = Double.infinity
        for multiple in [1.0, 2.0, 5.0, 10.0] {
            let step = multiple * base
            // In `Double`: for a span no 1-2-5 step fits (a subnormal one), the count is not an `Int`.
            let count = (hi / step + 1e-9).rounded(.down) - (lo / step - 1e-9).rounded(.up) + 1
            let miss = abs(count - Double(target))
            if miss < bestMiss {
                best = step
                bestMiss = miss
            }
        }
        return best
    }

    /// The most ticks an axis gets, whatever its range.
    static let maximumCount = 1000

    /// Labelled 1-2-5 ticks covering `lo…hi`, about `target` of them; just the two ends when no 1-2-5
    /// step fits the range (a span that overflows, as −10³⁰⁸…10³⁰⁸, or a subnormal one).
    static func linear(lo: Double, hi: Double, target: Int = 6) -> [Tick] {
        guard hi > lo else { return [Tick(value: lo, label: NumberFormat.compact(lo), isMajor: true)] }
        let step = niceStep(lo: lo, hi: hi, target: target)
        let first = (lo / step - 1e-9).rounded(.up)
        let last = (hi / step + 1e-9).rounded(.down)
        guard step > 0, last - first < Double(min(max(target, 1) * 10, maximumCount)) else {
            return [lo, hi].map { Tick(value: $0, label: NumberFormat.compact($0), isMajor: true) }
        }
        guard last >= first else { return [] }
        let decimals = max(0, -Int(NumberFormat.floorLog10(step)))
        let largest = max(abs(first * step), abs(last * step))
        let scientific = largest >= 1e6 || decimals > 4
        var ticks: [Tick] = []
        var index = first
        while index <= last {
            let value = index * step
            let label = value == 0 ? "0"
                : scientific ? NumberFormat.scientific(value, significant: 2)
                : NumberFormat.fixed(value, decimals: decimals)
            ticks.append(Tick(value: value == 0 ? 0 : value, label: label, isMajor: true))
            index += 1
        }
        return ticks
    }

    /// Ticks for a log axis over positive `lo…hi`: labelled decades (every
    /// k-th decade when there are many), unlabelled 2…9 minors when few, and
    /// 1-2-5 labels when the range spans less than about two decades.
    static func log(lo: Double, hi: Double) -> [Tick] {
        guard lo > 0, hi > lo else { return linear(lo: lo, hi: hi) }
        let lowDecade = Int(NumberFormat.floorLog10(lo))
        let highDecade = Int(NumberFormat.floorLog10(hi))
        let decades = log10(hi / lo)
        let plain = lowDecade >= -3 && highDecade <= 4
        func label(_ value: Double) -> String {
            plain ? NumberFormat.compact(value, significant: 1) : NumberFormat.scientific(value, significant: 1)
        }
        if decades < 1.2 {
            return linear(lo: lo, hi: hi, target: 4)
        }
        let labelled: Set<Double> = decades < 3.2 ? [1, 2, 5] : [1]
        let every = decades > 16 ? 4 : decades > 8 ? 2 : 1
        var ticks: [Tick] = []
        // Subnormal decades, below 10⁻³⁰⁸, get no ticks.
        for decade in lowDecade...highDecade where decade >= -308 {
            let base = NumberFormat.power10(decade)
            for multiple in 1...9 {
                let value = Double(multiple) * base
                guard value >= lo * (1 - 1e-9), value <= hi * (1 + 1e-9) else { continue }
                let major = labelled.contains(Double(multiple)) && (multiple != 1 || decade % every == 0)
                if major {
                    ticks.append(Tick(value: value, label: label(value), isMajor: true))
                } else if decades <= 6 || multiple == 1 {
                    ticks.append(Tick(value: value, label: "", isMajor: false))
                }
            }
        }
        return ticks
    }
}
