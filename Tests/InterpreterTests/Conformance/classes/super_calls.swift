class Optimizer {
    var lr: Double
    init(lr: Double) { self.lr = lr }
    func name() -> String { "optimizer" }
    func step(_ x: Double, _ g: Double) -> Double { x - lr * g }
}
class Momentum: Optimizer {
    var beta: Double
    var velocity = 0.0
    init(lr: Double, beta: Double) {
        self.beta = beta
        super.init(lr: lr)
    }
    override func name() -> String { "momentum " + super.name() }
    override func step(_ x: Double, _ g: Double) -> Double {
        velocity = beta * velocity + g
        return super.step(x, velocity)
    }
}
let o = Momentum(lr: 0.1, beta: 0.9)
var x = 1.0
for _ in 0..<3 { x = o.step(x, 2 * x) }
print(o.name(), x, o.velocity)
// expect: momentum optimizer 0.06199999999999989 3.9800000000000004
