print(Int("ff", radix: 16)!, Int("FF", radix: 16)!, Int("-101", radix: 2)!, Int("zz", radix: 36)!)
print(Int("+7", radix: 8) as Any, Int("8", radix: 8) as Any, Int("", radix: 10) as Any, Int("1_0", radix: 10) as Any)
print(Int("7fffffffffffffff", radix: 16)!, Int("8000000000000000", radix: 16) as Any)
let digits = "1010"
let radix = 2
if let n = Int(digits, radix: radix) { print(n) }
print(UInt8("ff", radix: 16)!, UInt8("100", radix: 16) as Any, Int8("-80", radix: 16)!)
print(Int(exactly: 2.0) as Any, Int(exactly: 2.5) as Any, Int(exactly: -0.0) as Any)
let big = 1e19
print(Int(exactly: Double.nan) as Any, Int(exactly: Double.infinity) as Any, Int(exactly: big) as Any)
print(Int(exactly: 7) as Any, Int(exactly: UInt8(200)) as Any, Int(exactly: UInt64.max) as Any)
print(Int(exactly: Float(3)) as Any, Int(exactly: Float(0.5)) as Any)
print(Double(exactly: 3) as Any, Double(exactly: Int.max) as Any, Double(exactly: 1 << 53) as Any, Double(exactly: (1 << 53) + 1) as Any)
print(Double(exactly: 2.5) as Any, Double(exactly: Double.nan) as Any, Double(exactly: Double.infinity) as Any)
print(Double(exactly: Float(0.1)) as Any, Double(exactly: UInt8(5)) as Any, Double(exactly: UInt64.max) as Any)
let x = 4.0
if let n = Int(exactly: x) { print("exact", n) }
// expect: 255 255 -5 1295
// expect: Optional(7) nil nil nil
// expect: 9223372036854775807 nil
// expect: 10
// expect: 255 nil -128
// expect: Optional(2) nil Optional(0)
// expect: nil nil nil
// expect: Optional(7) Optional(200) nil
// expect: Optional(3) nil
// expect: Optional(3.0) nil Optional(9007199254740992.0) nil
// expect: Optional(2.5) nil Optional(inf)
// expect: Optional(0.10000000149011612) Optional(5.0) nil
// expect: exact 4
