// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let x: Vector = [1, -2]
let s = x.map { $0 > 0 ? 1 : -1 }
print(type(of: s), s)
print(x + 0.5 * x.map { $0 > 0 ? 1 : -1 })
let t = x.map { _ in 1 }
print(type(of: t))
let lambda = 0.1
let g = x + lambda * x.map { $0 >= 0 ? 1 : -1 }
print(g, x.map { $0 > 0 ? 1.0 : 0.0 } * 2)
// expect: Array<Int> [1, -1]
// expect: [1.5, -2.5]
// expect: Array<Int>
// expect: [1.1, -2.1] [2.0, 0.0]
