// interpreter-only
import Optim
let rng = RandomGenerator(seed: 1)
let x = rng.normal()
// expect error: 4:13 cannot use mutating member on immutable value: 'rng' is a 'let' constant
