extension Collection where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    func variance() -> Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
}
extension Sequence where Element == Int {
    func total() -> Int { reduce(0, +) }
}
extension BidirectionalCollection where Element: Comparable {
    func isSorted() -> Bool {
        let xs = Array(self)
        return zip(xs, xs.dropFirst()).allSatisfy { $0 <= $1 }
    }
}
let losses = [4.0, 2.0, 1.0, 0.5]
print(losses.mean, losses.variance(), [1, 2, 3].total(), losses.isSorted(), Array(losses.reversed()).isSorted())
// expect: 1.875 1.796875 6 false true
