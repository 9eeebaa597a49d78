// A generic method with an `inout` generator parameter, as a seeded generator is passed around.
struct R: RandomNumberGenerator {
    var s: UInt64 = 1
    mutating func next() -> UInt64 { s &+= 0x9E3779B97F4A7C15; return s ^ (s >> 31) }
}
enum Sampling {
    case uniform
    func draw<G: RandomNumberGenerator>(using g: inout G) -> Int { Int.random(in: 0..<10, using: &g) }
    static func pair<G: RandomNumberGenerator>(using g: inout G) -> (Int, Int) { (Int.random(in: 0..<10, using: &g), Int.random(in: 0..<10, using: &g)) }
}
struct Batcher {
    var size: Int
    func batch<G: RandomNumberGenerator>(from n: Int, using g: inout G) -> [Int] { (0..<size).map { _ in Int.random(in: 0..<n, using: &g) } }
}
var r = R()
print(Sampling.uniform.draw(using: &r), Sampling.pair(using: &r), Batcher(size: 3).batch(from: 100, using: &r), r.s)
// expect: 6 (2, 8) [47, 9, 70] 13064056694810536063
