// A RandomAccessCollection indexed by Int needs no index(after:); Bidirectional ones declare it.
struct Vec: RandomAccessCollection {
    var xs: [Double]
    var startIndex: Int { xs.startIndex }
    var endIndex: Int { xs.endIndex }
    subscript(i: Int) -> Double { xs[i] }
}
let v = Vec(xs: [1, 2, 3])
print(v.count, v.map { $0 * 2 }, v.reduce(0, +), v.first!, Array(v), v.contains(2))
for x in v where x > 1 { print(x) }
struct Ring: BidirectionalCollection {
    var items: [String]
    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    func index(after i: Int) -> Int { i + 1 }
    func index(before i: Int) -> Int { i - 1 }
    subscript(i: Int) -> String { items[i] }
}
print(Ring(items: ["a", "b"]).joined(separator: "-"), Ring(items: ["x"]).count)
// expect: 3 [2.0, 4.0, 6.0] 6.0 1.0 [1.0, 2.0, 3.0] true
// expect: 2.0
// expect: 3.0
// expect: a-b 1
