let xs: [Double] = [2.5, -1, 0, -0.0, .infinity, -.infinity]
for x in xs { print(x, x.sign) }
let y = -3.0
print(y.sign == .minus, y.sign == FloatingPointSign.plus, (-y).sign)
switch y.sign {
case .plus: print("positive")
case .minus: print("negative")
}
print(y.sign.rawValue, "\(Double.nan.sign)", String(describing: (0.5).sign))
print([FloatingPointSign.plus], [(2.0).sign], (-1.5).sign.rawValue)
// expect: 2.5 plus
// expect: -1.0 minus
// expect: 0.0 plus
// expect: -0.0 minus
// expect: inf plus
// expect: -inf minus
// expect: true false plus
// expect: negative
// expect: 1 plus plus
// expect: [Swift.FloatingPointSign.plus] [Swift.FloatingPointSign.plus] 1
