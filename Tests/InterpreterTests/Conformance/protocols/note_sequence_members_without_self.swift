// Inside a note's sequence or collection, Sequence's members without `self.`.
struct Vec: Collection, CustomStringConvertible {
    var xs: [Double]
    var startIndex: Int { 0 }
    var endIndex: Int { xs.count }
    func index(after i: Int) -> Int { i + 1 }
    subscript(i: Int) -> Double { xs[i] }
    var total: Double { reduce(0, +) }
    var n: Int { count }
    var allPositive: Bool { allSatisfy { $0 > 0 } }
    var largest: Double? { self.max() }
    var description: String { "<" + map { String($0) }.joined(separator: " ") + ">" }
    func scaled(by k: Double) -> [Double] { map { $0 * k } }
}
let v = Vec(xs: [1, 2])
print(v.total, v.n, v.allPositive, v.largest!, v.scaled(by: 3))
print(v)
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { if n == 0 { return nil }; n -= 1; return n + 1 }
    func sum() -> Int { reduce(0, +) }
    func evens() -> [Int] { filter { $0 % 2 == 0 } }
}
print(Countdown(n: 4).sum(), Countdown(n: 5).evens())
// expect: 3.0 2 true 2.0 [3.0, 6.0]
// expect: <1.0 2.0>
// expect: 10 [4, 2]
