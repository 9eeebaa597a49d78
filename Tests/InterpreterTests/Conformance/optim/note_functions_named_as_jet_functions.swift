// interpreter-only
import Foundation
import Optim
struct Dual { var v: Double; var d: Double }
func sin(_ x: Dual) -> Dual { Dual(v: Foundation.sin(x.v), d: Foundation.cos(x.v) * x.d) }
func exp(_ x: Dual) -> Dual { Dual(v: Foundation.exp(x.v), d: Foundation.exp(x.v) * x.d) }
print(sin(0.5))
let f: ([Jet]) -> Jet = { v in exp(v[0]) }
print(try gradient(of: f, at: [0.0]))
print(exp(1.0), exp(Dual(v: 0, d: 1)))
// expect: 0.479425538604203
// expect: [1.0]
// expect: 2.718281828459045 Dual(v: 1.0, d: 1.0)
