let n = -42
print(n.magnitude, type(of: n.magnitude), Int.min.magnitude, Int.max.magnitude, 0.magnitude)
let m: UInt = n.magnitude + 1
print(m, n.magnitude == 42, [(-3).magnitude, 4.magnitude])
print((-2.5).magnitude, 3.25.magnitude, (-0.0).magnitude, Double.infinity.magnitude)
var x = 2.5
x.round()
print(x)
var y = -2.5
y.round()
print(y)
var values = [2.5, -2.5, 3.5, 2.4, -0.5]
for i in values.indices {
    values[i].round(.toNearestOrEven)
}
print(values)
var z = 7.8
z.round(.down)
print(z)
z = -7.8
z.round(.towardZero)
print(z)
z = 7.2
z.round(.up)
print(z)
z = -7.2
z.round(.awayFromZero)
print(z)
z = 7.5
z.round(FloatingPointRoundingRule.toNearestOrAwayFromZero)
print(z)
struct Reading {
    var value = 1.6 {
        didSet { print("didSet", oldValue, value) }
    }
}
var r = Reading()
r.value.round()
// expect: 42 UInt 9223372036854775808 9223372036854775807 0
// expect: 43 true [3, 4]
// expect: 2.5 3.25 0.0 inf
// expect: 3.0
// expect: -3.0
// expect: [2.0, -2.0, 4.0, 2.0, -0.0]
// expect: 7.0
// expect: -7.0
// expect: 8.0
// expect: -8.0
// expect: 8.0
// expect: didSet 1.6 2.0
