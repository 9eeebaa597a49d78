// interpreter-only
import Optim
// Optim's seed: parameters are UInt64s: a UInt64 value or an integer literal.
final class Sampler {
    var rng: RandomGenerator
    init(seed: UInt64) { rng = RandomGenerator(seed: seed) }
    func draw() -> Int { rng.int(below: 10) }
}
let s = Sampler(seed: 4)
print(s.draw(), s.draw())
let seed: UInt64 = 7
var a = RandomGenerator(seed: seed)
var b = RandomGenerator(seed: 7)
var c = RandomGenerator(seed: .max)
var d = RandomGenerator(seed: UInt64.max)
print(a.next() == b.next(), c.next() == d.next())
let data = try Digits.load().subset(Array(0..<40))
let (train, test) = data.split(testFraction: 0.25, seed: seed)
let (train2, _) = data.split(testFraction: 0.25, seed: 7)
print(train.count, test.count, train.labels == train2.labels)
// expect: 1 2
// expect: true true
// expect: 30 10 true
