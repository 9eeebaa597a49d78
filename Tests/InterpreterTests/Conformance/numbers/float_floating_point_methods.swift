// Float has FloatingPoint's methods as Double has them.
let x: Float = 2.75
print(x.rounded(.down), x.rounded(.toNearestOrEven), x.truncatingRemainder(dividingBy: 2), x.remainder(dividingBy: 2))
print(x.addingProduct(2, 0.5), x.isEqual(to: 2.75), x.isLess(than: 3), x.isLessThanOrEqualTo(2), type(of: x.rounded(.up)))
// expect: 2.0 3.0 0.75 0.75
// expect: 3.75 true true false Float
