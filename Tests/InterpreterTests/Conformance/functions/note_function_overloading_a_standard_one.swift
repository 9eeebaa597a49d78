import Foundation
struct Dual: CustomStringConvertible {
    var v: Double, d: Double
    var description: String { "\(v) + \(d)ε" }
}
func sin(_ x: Dual) -> Dual { Dual(v: Foundation.sin(x.v), d: Foundation.cos(x.v) * x.d) }
func exp(_ x: Dual) -> Dual { Dual(v: Foundation.exp(x.v), d: Foundation.exp(x.v) * x.d) }
func log(_ message: String) { print("log:", message) }
print(sin(0.5), sin(Dual(v: 0, d: 1)), exp(1.0), exp(Dual(v: 0, d: 1)))
log("start")
print(log(exp(2.0)), [0.0, 1].map { exp($0) })
// expect: 0.479425538604203 0.0 + 1.0ε 2.718281828459045 1.0 + 1.0ε
// expect: log: start
// expect: 2.0 [1.0, 2.718281828459045]
