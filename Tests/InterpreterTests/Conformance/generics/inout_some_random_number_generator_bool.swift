struct LCG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
}
func coin(using rng: inout some RandomNumberGenerator) -> Bool { Bool.random(using: &rng) }
var g = LCG(state: 5)
print(coin(using: &g))
// expect: false
