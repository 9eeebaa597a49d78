import Foundation
let x = 2.0
let a: Double = exp(1)
print(log(2) * x, a, sqrt(4), exp(1.0), [1.0].map { exp($0) })
// expect: 1.3862943611198906 2.718281828459045 2.0 2.718281828459045 [2.718281828459045]
