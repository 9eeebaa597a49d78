struct LCG: RandomNumberGenerator {
    var s: UInt64
    mutating func next() -> UInt64 { s = s &* 6364136223846793005 &+ 1442695040888963407; return s }
}
func draw(_ n: Int, using g: inout some RandomNumberGenerator) -> [Int] {
    (0..<n).map { _ in Int.random(in: 0..<100, using: &g) }
}
var g = LCG(s: 1)
print(draw(3, using: &g))
func shuffleTwice(_ xs: [Int], using g: inout some RandomNumberGenerator) -> [Int] { xs.shuffled(using: &g).shuffled(using: &g) }
print(shuffleTwice([1, 2, 3, 4], using: &g))
// expect: [42, 50, 64]
// expect: [1, 4, 3, 2]
