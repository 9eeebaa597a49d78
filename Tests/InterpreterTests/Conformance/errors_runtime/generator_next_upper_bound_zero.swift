struct Counter: RandomNumberGenerator { var n: UInt64 = 0; mutating func next() -> UInt64 { n += 1; return n } }
var g = Counter()
print(g.next(upperBound: UInt64(0)))
// expect error: 3:7 upperBound cannot be zero.
