// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// Implicit members of standard and Optim types: static methods and initialisers.
struct LCG: RandomNumberGenerator {
    var s: UInt64
    mutating func next() -> UInt64 { s = s &* 6364136223846793005 &+ 1442695040888963407; return s }
}
struct P { var x: Double, y: Double }
var g = LCG(s: 1)
let p = P(x: .random(in: -5...5, using: &g), y: .random(in: -5...5, using: &g))
print(p)
let v: Vector = .init([1, 2])
print(v)
let z: Double = .maximum(1, 2)
let m: Double? = .minimum(3, 1)
let q: Int? = .random(in: 5...5)
let k: Int = .random(in: 0..<10, using: &g)
print(z, m!, q!, k)
let xs: [Double] = .init(repeating: 0.5, count: 2)
print(xs)
// expect: P(x: -0.7679082912728674, y: 0.09407442883720663)
// expect: [1.0, 2.0]
// expect: 2.0 1.0 5 6
// expect: [0.5, 0.5]
