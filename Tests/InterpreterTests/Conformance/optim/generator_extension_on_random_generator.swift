// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
extension RandomNumberGenerator {
    mutating func uniform01() -> Double { Double.random(in: 0..<1, using: &self) }
    mutating func gaussian() -> Double {
        let u = uniform01(), v = uniform01()
        return (-2 * log(1 - u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
struct Xor: RandomNumberGenerator {
    var s: UInt64
    mutating func next() -> UInt64 { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s }
}
var rng = RandomGenerator(seed: 1)
print(rng.uniform01(), rng.gaussian())
var x = Xor(s: 88172645463325252)
print(x.uniform01(), x.gaussian())
let draws = (0..<3).map { _ in rng.uniform01() }
print(draws)
// expect: 0.5839143093258136 0.227270899403083
// expect: 0.2824048918998212 -1.3452296465628002
// expect: [0.4409769818204169, 0.8213971148013129, 0.0355312526055267]
