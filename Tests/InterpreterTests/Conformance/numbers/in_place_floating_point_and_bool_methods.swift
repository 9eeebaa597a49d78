var converged = false
converged.toggle()
var flags = [true, false]
flags[1].toggle()
print(converged, flags)
print(Double.nan.isTotallyOrdered(belowOrEqualTo: 1), 1.0.isTotallyOrdered(belowOrEqualTo: .nan), (-0.0).isTotallyOrdered(belowOrEqualTo: 0.0))
var y = 2.5
y.negate(); print(y)
y.formSquareRoot(); print(y.isNaN)
var u = 1.0; u.addProduct(2, 3); print(u)
var z = 7.0; z.formRemainder(dividingBy: 4); print(z)
var w = -7.5; w.formTruncatingRemainder(dividingBy: 2); print(w)
var k = 7; k.negate(); print(k)
struct S { var on = true; var v = [1.0, 4.0] }
var s = S()
s.on.toggle(); s.v[1].formSquareRoot()
print(s)
// expect: true [true, true]
// expect: false true true
// expect: -2.5
// expect: true
// expect: 7.0
// expect: -1.0
// expect: -1.5
// expect: -7
// expect: S(on: false, v: [1.0, 2.0])
