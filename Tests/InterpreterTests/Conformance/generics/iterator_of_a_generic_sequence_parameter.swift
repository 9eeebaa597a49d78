struct Scaled<Base: Sequence>: Sequence where Base.Element == Double {
    let base: Base
    let factor: Double
    struct Iterator: IteratorProtocol {
        var inner: Base.Iterator
        let factor: Double
        mutating func next() -> Double? { inner.next().map { factor * $0 } }
    }
    func makeIterator() -> Iterator { Iterator(inner: base.makeIterator(), factor: factor) }
}
print(Array(Scaled(base: [1.0, 2.5], factor: 2)))
struct Halving: Sequence, IteratorProtocol {
    var x: Double
    mutating func next() -> Double? { guard x > 0.1 else { return nil }; defer { x /= 2 }; return x }
}
let s = Scaled(base: Halving(x: 1), factor: 10)
print(s.map { $0 }, s.reduce(0, +))
for v in Scaled(base: [3.0], factor: -1) { print(v) }
// expect: [2.0, 5.0]
// expect: [10.0, 5.0, 2.5, 1.25] 18.75
// expect: -3.0
