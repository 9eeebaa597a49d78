func step(_ x: inout [Double], gradients: [Double]) { x[0] -= gradients[0] }
var x = 1.0
step(&x, gradient: [0.5])
print(x)
// expect error: 3:5 incorrect argument label in call (have '_:gradient:', expected '_:gradients:')
