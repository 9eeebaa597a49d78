// interpreter-only
import Optim
// Optim's generator passed as 'using:' keeps value semantics: a copy draws the same numbers.
func pick<G: RandomNumberGenerator>(_ xs: [String], _ rng: inout G) -> String { xs.randomElement(using: &rng)! }
var o = RandomGenerator(seed: 1)
var copy = o
print(pick(["x", "y", "z"], &o) == pick(["x", "y", "z"], &copy), Double.random(in: 0..<1, using: &o) == Double.random(in: 0..<1, using: &copy))
let a = Int.random(in: 0..<1000, using: &o)
print(a == Int.random(in: 0..<1000, using: &o))
// expect: true true
// expect: false
