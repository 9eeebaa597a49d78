// zip, enumerated, contains and allSatisfy of a note's own (possibly endless) sequences and collections.
struct Vec: Collection {
    var xs: [Double]
    var startIndex: Int { xs.startIndex }
    var endIndex: Int { xs.endIndex }
    func index(after i: Int) -> Int { i + 1 }
    subscript(i: Int) -> Double { xs[i] }
}
struct Countdown2: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { if n == 0 { return nil }; n -= 1; return n + 1 }
}
let v = Vec(xs: [3, 4])
print(zip(v, v).reduce(0) { $0 + $1.0 * $1.1 })
print(zip(v, Vec(xs: [1, 2])).map(*))
print(Array(zip(Countdown2(n: 3), ["a", "b", "c"])))
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? {
        guard n > 0 else { return nil }
        defer { n -= 1 }
        return n
    }
}
for (a, b) in zip(Countdown(n: 3), ["x", "y", "z"]) { print(a, b) }
struct Count: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n <= 5 ? n : nil }
}
print(zip(["a", "b"], Count()).map { "\($0)\($1)" })
let rates = sequence(first: 1.0) { $0 > 0.1 ? $0 / 2 : nil }
print(zip(rates, ["a", "b"]).map { "\($1)\($0)" })
struct Halving: Sequence, IteratorProtocol {
    var step = 1.0
    mutating func next() -> Double? { defer { step /= 2 }; return step }
}
for (k, s) in Halving().enumerated() where k % 2 == 0 {
    if s < 0.01 { print("step \(k) is \(s)"); break }
}
for p in Halving().enumerated() { print(p.offset, p.element); if p.offset == 2 { break } }
print(Halving().contains { $0 < 0.01 }, Halving().contains(where: { $0 < 0.5 }))
struct Three: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n <= 3 ? n : nil }
}
print(Three().allSatisfy { $0 > 0 }, Three().allSatisfy { $0 < 3 }, Three().contains { $0 > 5 }, Halving().allSatisfy { $0 > 0.1 })
print(zip(Halving(), ["a", "b", "c"]).map { "\($1)=\($0)" }, zip(Three(), Halving()).map { $0.0 })
for (i, x) in zip(Three(), Three()).enumerated() { print(i, x) }
// expect: 25.0
// expect: [3.0, 8.0]
// expect: [(3, "a"), (2, "b"), (1, "c")]
// expect: 3 x
// expect: 2 y
// expect: 1 z
// expect: ["a1", "b2"]
// expect: ["a1.0", "b0.5"]
// expect: step 8 is 0.00390625
// expect: 0 1.0
// expect: 1 0.5
// expect: 2 0.25
// expect: true true
// expect: true false false false
// expect: ["a=1.0", "b=0.5", "c=0.25"] [1, 2, 3]
// expect: 0 (1, 1)
// expect: 1 (2, 2)
// expect: 2 (3, 3)
