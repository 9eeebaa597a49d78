// Without context, a one-expression closure's body types its parameters, as swiftc infers them.
func horner(_ c: [Double], _ x: Double) -> Double { c.reversed().reduce(0) { $0 * x + $1 } }
let f = { horner([1, 2, 3], $0) }
let twice = { $0 * 2.0 }
let inc = { $0 + 1 }
let g = { w in w * 2.0 }
let h = { (a, b) in a + b * 0.5 }
print(f(1.5), twice(4), inc(2), g(3), h(1, 2), type(of: inc), type(of: h))
// expect: 10.75 8.0 3 6.0 2.0 (Int) -> Int (Double, Double) -> Double
