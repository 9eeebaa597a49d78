let add = { (a: Int, b: Int) -> Int in a + b }
let mul: (Double, Double) -> Double = { x, y in x * y }
print(add(2, 3), mul(1.5, 4))
// expect: 5 6.0
