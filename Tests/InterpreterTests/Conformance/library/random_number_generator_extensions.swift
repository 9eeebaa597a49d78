import Foundation
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
extension RandomNumberGenerator {
    mutating func uniform01() -> Double { Double.random(in: 0..<1, using: &self) }
}
var g = SplitMix64(state: 1)
print(g.uniform01())
extension RandomNumberGenerator {
    mutating func gaussian(mean: Double = 0, sd: Double = 1) -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return mean + sd * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
struct Xorshift: RandomNumberGenerator {
    var s: UInt64 = 88172645463325252
    mutating func next() -> UInt64 { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s }
}
var x = Xorshift()
print(x.uniform01(), x.gaussian(), g.gaussian(mean: 1, sd: 0.5))
func noisy<G: RandomNumberGenerator>(_ v: Double, using rng: inout G) -> Double { v + 0.1 * rng.gaussian() }
print(noisy(1, using: &x), noisy(2, using: &g))
// expect: 0.3181059528314095
// expect: 0.2824048918998212 -0.98106637595341 0.4606212161833031
// expect: 1.1316502107571036 2.150115115698159
