print(Float(0.1), Float(1) / 3, Float.pi, Float.ulpOfOne)
let x: Float = 0.1
var y: Float = 2
y = y * x + 1
y += 0.5
y -= x
print(x, y, x < y, x == 0.1, x != y, Double(x), Int(y), Float(7), [x, y])
let z = Float(2.5).squareRoot()
print(z, z.isNaN, Float("1.25")!, Float("abc") == nil, x * 3 - 0.3, -x)
var sum: Float = 0
for i in 1...10 { sum += Float(i) / 10 }
print(sum, Double(sum) == 5.5, Float(1e40), Float.greatestFiniteMagnitude, Float(16777217))
let third: Float = 1 / 3
print(third, Double(third), third.magnitude, (-third).magnitude, Float.nan.isNaN, Float.infinity > 1)
// expect: 0.1 0.33333334 3.1415925 1.1920929e-07
// expect: 0.1 1.6 true true true 0.10000000149011612 1 7.0 [0.1, 1.6]
// expect: 1.5811388 false 1.25 true 0.0 -0.1
// expect: 5.5 true inf 3.4028235e+38 16777216.0
// expect: 0.33333334 0.3333333432674408 0.33333334 0.33333334 true true
