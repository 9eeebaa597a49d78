import Foundation
let v: Double = pow(2.0, 10)
print(v, pow(2.0, 10.0), pow(2.5, 2) * 1.5, "\(pow(2.0, 3))")
let p = pow(2.0, 10)
print(p)
// expect error: 4:9 ambiguous use of 'pow'
