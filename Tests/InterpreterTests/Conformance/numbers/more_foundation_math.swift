// More of Foundation's one-argument math functions, in Double and Float.
import Foundation
let x = 0.5
print(erf(x), erfc(x), tgamma(x), asinh(x), acosh(1.5), atanh(x))
print(erf(Float(0.5)), tgamma(Float(4.0)), [0.0, 1.0].map(erf))
let p = 0.5 * (1 + erf(1.0 / 2.0.squareRoot()))
print(p)
// expect: 0.5204998778130465 0.4795001221869535 1.772453850905516 0.48121182505960347 0.9624236501192069 0.5493061443340548
// expect: 0.5204999 6.0000005 [0.0, 0.8427007929497149]
// expect: 0.8413447460685429
