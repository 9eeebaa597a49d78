// A number protocol's extension property of a name the type already has loses to the type's own where both fit the context (not in `lambda * x.sign`),
// which Swift declares in the type; a method wins over the standard library's, which Swift
// declares in a protocol extension itself (`squareRoot()`, `rounded()`).
extension BinaryFloatingPoint { var sign: Self { self > 0 ? 1 : (self < 0 ? -1 : 0) } }
extension FloatingPoint {
    var ulp: Self { 0 }
    var magnitude: Self { 42 }
    var isNaN: Bool { true }
    var halved: Self { self / 2 }
    func rounded() -> Self { 7 }
}
extension BinaryFloatingPoint { func squareRoot() -> Self { 0 } }
print((-2.0).sign, (1.0).ulp, (-2.0).magnitude, (1.0).isNaN, 3.0.halved)
print(Double(9).squareRoot(), Float(9).squareRoot(), 2.5.rounded(), Float(-2).magnitude)
let lambda = 2.0
let signed: FloatingPointSign = (-1.0).sign
print(lambda * (-3.0).sign, abs(1 - lambda * (0.5).sign), signed)
// expect: minus 2.220446049250313e-16 2.0 false 1.5
// expect: 0.0 0.0 7.0 2.0
// expect: -2.0 1.0 minus
