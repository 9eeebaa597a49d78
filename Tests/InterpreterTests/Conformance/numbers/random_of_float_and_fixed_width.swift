// Float's and the fixed-width integers' random(in:using:) take the same bits and give the same values as Swift's.
struct SM: RandomNumberGenerator {
    var s: UInt64
    mutating func next() -> UInt64 { s &+= 0x9E3779B97F4A7C15; var z = s; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return z ^ (z >> 31) }
}
var g = SM(s: 1)
print(Float.random(in: 0..<1, using: &g))
print(UInt64.random(in: 0...UInt64.max, using: &g))
print(UInt8.random(in: 0..<200, using: &g))
print(Float.random(in: -1...1, using: &g), Int8.random(in: -5...5, using: &g), UInt32.random(in: 10..<20, using: &g))
let lo: UInt16 = 3
print(UInt16.random(in: lo...lo, using: &g))
// expect: 0.009227812
// expect: 13757245211066428519
// expect: 73
// expect: 0.8614131 2 15
// expect: 3
