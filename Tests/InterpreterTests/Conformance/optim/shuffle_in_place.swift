// interpreter-only
import Optim
var rng = RandomGenerator(seed: 7)
var order = Array(0..<6)
rng.shuffle(&order)
var again = RandomGenerator(seed: 7)
print(order == again.permutation(6), order.sorted() == Array(0..<6))
let copy = rng
var xs = [1.5, 2.5, 3.5]
rng.shuffle(&xs)
var ys = [1.5, 2.5, 3.5]
var other = copy
other.shuffle(&ys)
print(xs == ys)
// expect: true true
// expect: true
