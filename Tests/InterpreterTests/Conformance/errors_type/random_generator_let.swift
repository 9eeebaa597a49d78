struct Counter: RandomNumberGenerator {
    var n: UInt64 = 0
    mutating func next() -> UInt64 { n &+= 1; return n }
}
let rng = Counter()
print(Bool.random(using: &rng))
// expect error: 6:26 cannot pass immutable value as inout argument: 'rng' is a 'let' constant
