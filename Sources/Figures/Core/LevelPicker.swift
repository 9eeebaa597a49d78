import Foundation

/// Turns a `ContourLevels` choice into concrete levels for a sampled grid.
enum LevelPicker {
    /// The levels strictly inside the grid's finite range, ascending.
    static func levels(_ choice: ContourLevels, for grid: ScalarGrid) -> [Double] {
        guard let range = grid.finiteRange, range.upperBound > range.lowerBound else { return [] }
        let lo = range.lowerBound
        let hi = range.upperBound
        let sample = stride(from: 0, to: grid.values.count, by: max(1, grid.values.count / 4096))
            .map { grid.values[$0] }.filter { abs($0) < 1e299 }.sorted()
        func quantile(_ q: Double) -> Double { sample[min(sample.count - 1, Int(q * Double(sample.count)))] }
        let levels: [Double]
        switch choice {
        case .values(let values):
            levels = values.filter(\.isFinite).sorted()
        case .linear(let count):
            levels = linear(lo: lo, hi: hi, count: count)
        case .log:
            levels = log(floor: max(lo, quantile(0.02), hi * 1e-8), hi: hi)
        case .automatic:
            let spansDecades = lo >= 0 && hi > 0 && hi / max(quantile(0.1), hi * 1e-12) > 20
            levels = spansDecades
                ? log(floor: max(lo, quantile(0.02), hi * 1e-8), hi: hi)
                : linear(lo: lo, hi: hi, count: 10)
        }
        var unique: [Double] = []
        for level in levels where level > lo && level < hi && unique.last != level {
            unique.append(level)
        }
        return unique
    }

    /// 1-2-5 levels between `lo` and `hi`, about `count` of them.
    private static func linear(lo: Double, hi: Double, count: Int) -> [Double] {
        Ticks.linear(lo: lo, hi: hi, target: max(count, 1)).map(\.value)
    }

    /// Log-spaced levels from `floor` up to `hi`: 1-1.5-2-3-5-7 per decade
    /// over up to two decades, 1-2-5 over a few, 1-3 over more, decades only
    /// over very many.
    private static func log(floor: Double, hi: Double) -> [Double] {
        let lower = floor > 0 ? floor : hi * 1e-6
        guard hi > lower, lower > 0 else { return [] }
        let decades = log10(hi / lower)
        let multiples: [Double] = decades <= 2 ? [1, 1.5, 2, 3, 5, 7]
            : decades <= 4.5 ? [1, 2, 5] : decades <= 8 ? [1, 3] : [1]
        var levels: [Double] = []
        for decade in Int(NumberFormat.floorLog10(lower))...Int(NumberFormat.floorLog10(hi)) {
            for multiple in multiples {
                let level = multiple * NumberFormat.power10(decade)
                if level >= lower && level < hi { levels.append(level) }
            }
        }
        return levels
    }
}
