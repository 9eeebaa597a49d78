let f: Float = -0.0
print(f.sign, Float(2).sign, (-Float.infinity).sign == .minus, Float.nan.sign, (-2.5).sign)
let s = Float(-1).sign
print(s == FloatingPointSign.minus, s.rawValue)
// expect: minus plus true plus minus
// expect: true 1
