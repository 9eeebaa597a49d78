// interpreter-only
import Optim
// A Vector is a MutableCollection: sort, reverse, swapAt and partition change it in place.
var u: Vector = [5, -1, 4, 0]
u.sort()
print(u)
u.sort(by: >)
print(u)
u.reverse()
print(u)
u.swapAt(0, 3)
print(u)
let pivot = u.partition { $0 > 0 }
print(pivot, u, u.sum)
struct Holder { var weights: Vector }
var h = Holder(weights: [2, 3, 1])
h.weights.sort()
print(h.weights, h.weights.norm)
// expect: [-1.0, 0.0, 4.0, 5.0]
// expect: [5.0, 4.0, 0.0, -1.0]
// expect: [-1.0, 0.0, 4.0, 5.0]
// expect: [5.0, 0.0, 4.0, -1.0]
// expect: 2 [-1.0, 0.0, 4.0, 5.0] 8.0
// expect: [1.0, 2.0, 3.0] 3.7416573867739413
