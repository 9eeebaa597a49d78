func apply(_ f: (Double) -> Double, to xs: [Double]) -> [Double] { xs.map(f) }
print(apply(sqrt, to: [4, 9]))
print(apply(abs, to: [-2, 3]))
let g: (Double) -> Double = exp
print(g(0))
// expect: [2.0, 3.0]
// expect: [2.0, 3.0]
// expect: 1.0
