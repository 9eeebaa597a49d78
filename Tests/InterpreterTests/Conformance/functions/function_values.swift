func double(_ x: Double) -> Double { 2 * x }
let f: (Double) -> Double = double
let g = double
print(f(2), g(3.5))
// expect: 4.0 7.0
