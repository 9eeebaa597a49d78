struct SplitMix: RandomNumberGenerator {
    var s: UInt64
    mutating func next() -> UInt64 {
        s &+= 0x9E3779B97F4A7C15
        var z = s
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
protocol Sampler {
    mutating func draw<G: RandomNumberGenerator>(using g: inout G) -> Double
}
struct Counting: Sampler {
    var count = 0
    mutating func draw<G: RandomNumberGenerator>(using g: inout G) -> Double {
        count += 1
        return Double.random(in: 0..<1, using: &g)
    }
}
struct Fixed: Sampler {
    func draw<R: RandomNumberGenerator>(using g: inout R) -> Double { 0.5 }
}
var rng = SplitMix(s: 42)
var samplers: [any Sampler] = [Counting(), Fixed()]
for i in samplers.indices {
    print(samplers[i].draw(using: &rng), samplers[i].draw(using: &rng))
}
var one: any Sampler = Counting()
_ = one.draw(using: &rng)
_ = one.draw(using: &rng)
if let c = one as? Counting { print(c.count) }
print((samplers[0] as! Counting).count)
// expect: 0.7248717246943267 0.49648461193240256
// expect: 0.5 0.5
// expect: 2
// expect: 2
