// interpreter-only
import Optim
let v: Vector = [3, 1, 2]
v.sort()
// expect error: 4:3 cannot use mutating member on immutable value: 'v' is a 'let' constant
