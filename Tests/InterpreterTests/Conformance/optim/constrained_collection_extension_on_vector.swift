// interpreter-only (checked against swiftc linked with Optim's objects)
// An extension of Collection whose elements conform to a number protocol extends Optim's Vector too.
import Optim
extension Collection where Element: BinaryFloatingPoint {
    var mean: Element { reduce(0, +) / Element(count) }
    func variance() -> Element {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Element(count - 1)
    }
}
extension Sequence where Element: Comparable {
    func isSorted() -> Bool { zip(self, dropFirst()).allSatisfy { $0 <= $1 } }
}
let v: Vector = [1, 2, 6]
print([1.0, 2.0].mean, v.mean, v.variance(), v.isSorted(), [Float(3), 1].isSorted())
// expect: 1.5 3.0 7.0 true false
