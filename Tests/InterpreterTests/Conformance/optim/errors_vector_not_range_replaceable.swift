// interpreter-only
import Optim
var v: Vector = [3, 1, 2]
v.append(4)
// expect error: 4:3 value of type 'Vector' has no member 'append'
