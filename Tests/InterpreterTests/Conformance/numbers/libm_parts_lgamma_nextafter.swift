import Foundation
let lg: Double = lgamma(4.5)
print(lg, fma(2.0, 3.0, 1.0), lgamma(0.5) + 0, exp(lgamma(6.0)))
let (l, sg) = lgamma(-2.5)
print(l, sg, lgamma(-0.5).1, lgamma(0.0).0, lgamma(-1.0).0)
let (lf, sf) = lgamma(Float(-2.5))
print(lf, sf, lgamma(Float(2.5)), lgamma(Float.infinity))
print(nextafter(1.0, 2.0), scalbn(1.0, 3), ilogb(10.0), logb(10.0), fdim(5.0, 3.0), ldexp(1.0, 10))
print(frexp(10.0), modf(3.75), frexp(10), modf(3), scalbn(1, 3))
print(ilogb(0.0), ilogb(Double.nan), ilogb(Double.infinity), logb(0.0), frexp(0.0), frexp(-Double.infinity))
print(modf(-3.75), modf(Double.infinity), modf(-0.0), frexp(Double.leastNonzeroMagnitude), ldexp(1.0, 5000))
print(scalbn(1.0, Int.min), nextafter(0.0, -1.0), fdim(1.0, .nan), nextafter(Double.nan, 1), fdim(-1.0, 2.0))
let k: Int = ilogb(0.0), k2: Int = ilogb(1e-310)
let j: Int32 = ilogb(8.0)
print(k, k2, j, type(of: ilogb(10.0)), ilogb(1.0) + 1)
let x: Float = 10
print(logb(x), ldexp(x, 3), frexp(x), ilogb(x), nextafter(x, 0), fdim(x, 3), scalbn(x, 2), modf(x), fma(x, 2, 1))
print(frexp(Float(0.1)), modf(Float(-2.5)), scalbn(Float(1), -150), ldexp(Float(3), 200), type(of: ilogb(x)))
let n: Int32 = 3, e = 3
print(ldexp(1.0, n), scalbn(1.0, n), ldexp(2.0, e), scalbn(2, e), ldexp(2.5, 1 + 2))
let y = frexp(12.0)
print(y.0, y.1, logb(10.0) + 1, nextafter(Float(1), 2) > 1)
// expect: 2.4537365708424423 7.0 0.5723649429247001 119.99999999999997
// expect: -0.05624371649767407 -1 -1 inf inf
// expect: -0.056243714 -1 (0.28468287, 1) (inf, 1)
// expect: 1.0000000000000002 8.0 3 3.0 2.0 1024.0
// expect: (0.625, 4) (3.0, 0.75) (0.625, 4) (3.0, 0.0) 8.0
// expect: -2147483648 -2147483648 2147483647 -inf (0.0, 0) (-inf, 0)
// expect: (-3.0, -0.75) (inf, 0.0) (-0.0, 0.0) (0.5, -1073) inf
// expect: 0.0 -5e-324 nan nan 0.0
// expect: -9223372036854775808 -1030 3 Int32 1
// expect: 3.0 80.0 (0.625, 4) 3 9.999999 7.0 40.0 (10.0, 0.0) 21.0
// expect: (0.8, -3) (-2.0, -0.5) 0.0 inf Int
// expect: 8.0 8.0 16.0 16.0 20.0
// expect: 0.75 4 4.0 true
