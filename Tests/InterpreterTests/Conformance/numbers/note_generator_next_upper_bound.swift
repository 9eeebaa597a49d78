struct LCG: RandomNumberGenerator {
    var s: UInt64
    mutating func next() -> UInt64 { s = s &* 6364136223846793005 &+ 1442695040888963407; return s }
}
var g = LCG(s: 1)
print(g.next(upperBound: UInt64(10)), g.next(upperBound: UInt32(7)), g.next(upperBound: UInt8(3)))
let b: UInt32 = g.next()
let c: UInt8 = g.next()
let d: UInt64 = g.next()
print(b, c, d, g.s)
// expect: 4 3 0
// expect: 294868933 240 9232803539723513983 9232803539723513983
