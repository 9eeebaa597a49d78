struct Counter: RandomNumberGenerator {
    var n: UInt64 = 0
    mutating func next() -> UInt64 { n &+= 1; return n }
}
var rng = Counter()
print([1, 2, 3].shuffled(using: rng))
// expect error: 6:33 passing value of type 'Counter' to an inout parameter requires explicit '&'
