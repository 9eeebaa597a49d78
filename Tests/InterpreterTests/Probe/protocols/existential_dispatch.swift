protocol Optimizer {
    mutating func update(_ x: Double, gradient g: Double) -> Double
}
struct SGD: Optimizer {
    var lr: Double
    mutating func update(_ x: Double, gradient g: Double) -> Double { x - lr * g }
}
struct Momentum: Optimizer {
    var lr: Double
    var beta: Double
    var v = 0.0
    mutating func update(_ x: Double, gradient g: Double) -> Double {
        v = beta * v + g
        return x - lr * v
    }
}
var opts: [any Optimizer] = [SGD(lr: 0.1), Momentum(lr: 0.1, beta: 0.9)]
for i in opts.indices {
    var x = 1.0
    for _ in 0..<10 { x = opts[i].update(x, gradient: 2 * x) }
    print(x)
}
