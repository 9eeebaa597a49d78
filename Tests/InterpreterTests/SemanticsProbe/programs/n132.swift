import Foundation
func half(_ x: Double) -> Double { x / 2 }
print(half(7 / 2), half(7), half(1 / 3))
let t: (Double, Int) = (5 / 2, 5 / 2)
print(t)
var v = 10.0
v = 10 / 4
print(v, v + 1 / 2)
