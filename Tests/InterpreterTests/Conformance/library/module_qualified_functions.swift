import Foundation
let exp = 2.0
let min = 3
print(exp, Foundation.exp(1.0), Swift.min(min, 1))
// expect: 2.0 2.718281828459045 1
