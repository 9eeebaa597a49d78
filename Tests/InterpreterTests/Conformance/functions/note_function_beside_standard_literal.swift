import Foundation
func exp(_ x: Float) -> String { "my float exp" }
let e = exp(1.0)
print(e, exp(2.0 as Double))
let d = 2.0
print(exp(d))
// expect: 2.718281828459045 7.38905609893065
// expect: 7.38905609893065
