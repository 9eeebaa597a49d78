// Extensions of a class-bound protocol change properties through self without 'mutating', also in per-type (associated-type) extensions.
protocol Optimizer: AnyObject {
    associatedtype Scalar: BinaryFloatingPoint
    var lr: Scalar { get set }
    func direction(_ g: Scalar) -> Scalar
}
extension Optimizer {
    func step(_ x: Scalar, _ g: Scalar) -> Scalar { x - lr * direction(g) }
    func decay(by f: Scalar) { lr *= f }
    func describe() -> String { "lr=\(lr)" }
}
class GD: Optimizer {
    var lr: Double
    init(lr: Double) { self.lr = lr }
    func direction(_ g: Double) -> Double { g }
}
final class SignGD: GD {
    override func direction(_ g: Double) -> Double { g > 0 ? 1 : (g < 0 ? -1 : 0) }
    func describe() -> String { "sign " + "lr=\(lr)" }
}
let a = GD(lr: 0.1), b = SignGD(lr: 0.1)
print(a.step(1, 4), b.step(1, 4))
b.decay(by: 0.5)
print(b.lr, a.describe(), b.describe())
func run<O: Optimizer>(_ o: O, from x0: O.Scalar, steps: Int) -> O.Scalar {
    var x = x0
    for _ in 0..<steps { x = o.step(x, 2 * x) }
    return x
}
print(run(a, from: 1, steps: 3), run(b, from: 1, steps: 3))
let g: GD = b
print(g.step(1, 4), g.describe())
protocol Decaying: AnyObject { var lr: Double { get set } }
extension Decaying { func decay() { self.lr *= 0.5 } }
class G2: Decaying { var lr = 1.0 }
let g2 = G2(); g2.decay(); print(g2.lr)
let o: any Decaying = g2
o.decay(); print(g2.lr)
// expect: 0.6 0.9
// expect: 0.05 lr=0.1 sign lr=0.05
// expect: 0.512 0.8499999999999999
// expect: 0.95 lr=0.05
// expect: 0.5
// expect: 0.25
