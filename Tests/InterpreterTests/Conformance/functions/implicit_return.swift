func sq(_ x: Double) -> Double { x * x }
func hyp(_ a: Double, _ b: Double) -> Double { sqrt(sq(a) + sq(b)) }
print(hyp(3, 4))
// expect: 5.0
