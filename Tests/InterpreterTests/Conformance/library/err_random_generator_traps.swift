struct Counter: RandomNumberGenerator {
    var n: UInt64 = UInt64.max - 1
    mutating func next() -> UInt64 { n += 1; return n }
}
var rng = Counter()
print(Int.random(in: 0..<10, using: &rng))
print(Int.random(in: 0..<10, using: &rng))
// expect error: 3:40 arithmetic overflow in '+'
