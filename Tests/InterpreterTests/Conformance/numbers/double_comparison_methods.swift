let x = 0.1 + 0.2
print(x.isEqual(to: 0.3), x.isEqual(to: x), Double.nan.isEqual(to: .nan))
print(x.isLess(than: 0.3), 0.3.isLess(than: x), 1.0.isLessThanOrEqualTo(1.0), Double.nan.isLessThanOrEqualTo(1))
print(abs(x - 0.3) < .ulpOfOne, (-0.0).isEqual(to: 0.0))
// expect: false true false
// expect: false true true false
// expect: true true
