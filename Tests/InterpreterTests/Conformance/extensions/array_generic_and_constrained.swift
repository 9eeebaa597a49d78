extension Array {
    func everyOther() -> [Element] {
        var out: [Element] = []
        for (i, x) in enumerated() where i % 2 == 0 { out.append(x) }
        return out
    }
}
extension Array where Element == Double {
    func mean() -> Double { reduce(0, +) / Double(count) }
}
let xs = [1.0, 2.0, 3.0, 4.0, 5.0]
print(xs.everyOther(), xs.everyOther().mean())
print(["a", "b", "c"].everyOther())
// interpreter-only
// expect: [1.0, 3.0, 5.0] 3.0
// expect: ["a", "c"]
