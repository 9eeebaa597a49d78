import Foundation
print(tgamma(10.0))
print(fma(2.0, 3.0, 1.0), fma(0.1, 10.0, -1.0))
let x = 48.0
print(x.exponent, x.significand, (0.1).exponent, Float(6).exponent, Float(6).significand)
print(Double.infinity.exponent, (1e-310).exponent)
// expect: 362880.0
// expect: 7.0 5.551115123125783e-17
// expect: 5 1.5 -4 2 1.5
// expect: 9223372036854775807 -1030
