func total<C: Collection>(_ c: C) -> Double where C.Element == Double { c.reduce(0, +) }
func mean<S: Sequence>(_ s: S) -> Double where S.Element == Double {
    var (sum, n) = (0.0, 0)
    for x in s { sum += x; n += 1 }
    return sum / Double(n)
}
func describe<T>(_ x: T) -> String { "\(type(of: x)): \(x)" }
func firstTwo<C: Collection>(_ c: C) -> [C.Element] { Array(c.prefix(2)) }
let xs = [1.0, 2.0, 4.0, 8.0]
print(total(xs), total(xs.prefix(2)), total(xs[1...]), total(xs.dropFirst()))
print(mean(xs.suffix(2)), mean(xs))
print(describe(xs[1..<3]), describe(xs))
print(firstTwo(xs.dropFirst(2)), firstTwo(xs[1...]))
let data = [(1.0, 2.0), (2.0, 4.1), (3.0, 5.9)]
func loss<C: Collection>(on batch: C) -> Double where C.Element == (Double, Double) {
    batch.reduce(0) { $0 + ($1.1 - 2 * $1.0) * ($1.1 - 2 * $1.0) } / Double(batch.count)
}
print(loss(on: data.prefix(2)), loss(on: data))
// expect: 15.0 3.0 14.0 14.0
// expect: 6.0 3.75
// expect: ArraySlice<Double>: [2.0, 4.0] Array<Double>: [1.0, 2.0, 4.0, 8.0]
// expect: [4.0, 8.0] [2.0, 4.0]
// expect: 0.0049999999999999645 0.006666666666666619
