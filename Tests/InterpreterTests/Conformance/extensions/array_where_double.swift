extension Array where Element == Double {
    func mean() -> Double { reduce(0, +) / Double(count) }
    var spread: Double { (self.max() ?? 0) - (self.min() ?? 0) }
}
let xs = [1.0, 2.0, 6.0]
print(xs.mean(), xs.spread)
// interpreter-only
// expect: 3.0 5.0
