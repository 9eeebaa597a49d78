struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
func noise(_ n: Int, rng: inout SplitMix) -> [Double] {
    var out: [Double] = []
    for _ in 0..<n { out.append(Double.random(in: -1...1, using: &rng)) }
    return out
}
var rng = SplitMix(state: 3)
print(noise(2, rng: &rng))
func roll() -> Int { Int.random(in: 1...6, using: &rng) }
print(roll(), roll(), rng.next())
var a = [1, 2, 3, 4]
a.shuffle(using: &rng)
print(a)
func sample<G: RandomNumberGenerator>(_ n: Int, using rng: inout G) -> [Int] {
    (0..<n).map { _ in Int.random(in: 0..<100, using: &rng) }
}
print(sample(3, using: &rng), sample(2, using: &rng))
// expect: [-0.7730993158856907, 0.40058702718580474]
// expect: 4 1 3992596847233833366
// expect: [3, 2, 4, 1]
// expect: [49, 88, 69] [71, 48]
