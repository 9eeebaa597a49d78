let x = 3.0
let a = 2.0 * .pi
let g: Double = 2 * .pi
let d = x * .pi
var v = 1.0
v = .pi / 2
print(a, g, d, v, -x * .infinity)
// expect: 6.283185307179586 6.283185307179586 9.42477796076938 1.5707963267948966 -inf
