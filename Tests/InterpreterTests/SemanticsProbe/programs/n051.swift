import Foundation
print(String(3.0), String(-0.5), String(1e100), String(42), String(Float(2.5)), "\(1e-10)")
print(String(255, radix: 16), String(255, radix: 2), String(-10, radix: 16, uppercase: true), Int("ff", radix: 16) as Any)
print(Int("42") as Any, Int(" 42") as Any, Double("3.5e2") as Any, Double("abc") as Any, Int("+7") as Any, Double(".5") as Any)
print(Float("0.1") as Any, Bool("true") as Any, Int("99999999999999999999") as Any)
