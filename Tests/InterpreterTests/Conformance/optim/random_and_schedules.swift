// interpreter-only
import Optim
var rng = RandomGenerator(seed: 42)
let a = rng.normal()
var rng2 = RandomGenerator(seed: 42)
print(a == rng2.normal(), rng.int(below: 10) < 10, rng.normalVector(count: 3).count)
// A generator is a value: a copy continues from the same state, independently.
var copy = rng
print(copy.uniform() == rng.uniform(), copy.uniform() == rng.uniform())
print(ExponentialSchedule(initial: 1, decay: 0.5).learningRate(at: 2), ConstantSchedule(0.1).learningRate(at: 9))
print(WarmupSchedule(steps: 10, then: ConstantSchedule(1)).learningRate(at: 100))
// expect: true true 3
// expect: true true
// expect: 0.25 0.1
// expect: 1.0
