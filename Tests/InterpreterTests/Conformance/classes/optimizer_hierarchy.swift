class Optimizer {
    var lr: Double
    init(lr: Double) { self.lr = lr }
    func update(_ x: Double, gradient g: Double) -> Double { x - lr * g }
}
class Clipped: Optimizer {
    var limit: Double
    init(lr: Double, limit: Double) {
        self.limit = limit
        super.init(lr: lr)
    }
    override func update(_ x: Double, gradient g: Double) -> Double {
        super.update(x, gradient: max(-limit, min(limit, g)))
    }
}
func run(_ o: Optimizer, from x0: Double, steps: Int) -> Double {
    var x = x0
    for _ in 0..<steps { x = o.update(x, gradient: 2 * x) }
    return x
}
print(run(Optimizer(lr: 0.1), from: 10, steps: 3))
print(run(Clipped(lr: 0.1, limit: 1), from: 10, steps: 3))
// expect: 5.12
// expect: 9.700000000000001
