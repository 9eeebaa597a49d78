extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    func normalized() -> [Double] {
        let m = mean
        return map { $0 - m }
    }
}
let xs = [1.0, 2.0, 6.0]
print(xs.mean)
print(xs.normalized())
