import Foundation
protocol Optimizer: AnyObject {
    var name: String { get }
    func update(_ params: inout [Double], grads: [Double])
}
final class SGD: Optimizer {
    let name = "SGD"
    var lr: Double
    init(lr: Double) { self.lr = lr }
    func update(_ params: inout [Double], grads: [Double]) {
        for i in params.indices { params[i] -= lr * grads[i] }
    }
}
final class Momentum: Optimizer {
    let name = "Momentum"
    var lr: Double, beta: Double
    private var velocity: [Double] = []
    init(lr: Double, beta: Double = 0.9) { self.lr = lr; self.beta = beta }
    func update(_ params: inout [Double], grads: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: params.count) }
        for i in params.indices {
            velocity[i] = beta * velocity[i] + grads[i]
            params[i] -= lr * velocity[i]
        }
    }
}
func grad(_ p: [Double]) -> [Double] { [2 * p[0], 20 * p[1]] }
func loss(_ p: [Double]) -> Double { p[0] * p[0] + 10 * p[1] * p[1] }
let optimizers: [Optimizer] = [SGD(lr: 0.05), Momentum(lr: 0.02)]
var results: [String: [Double]] = [:]
for opt in optimizers {
    var p = [1.0, 1.0]
    var losses: [Double] = []
    for _ in 0..<50 {
        opt.update(&p, grads: grad(p))
        losses.append(loss(p))
    }
    results[opt.name] = losses
}
for name in results.keys.sorted() {
    let l = results[name]!
    let padded = name.padding(toLength: 10, withPad: " ", startingAt: 0)
    print("\(padded)| \(String(format: "%10.4g", l.last!)) | \(l.firstIndex { $0 < 1e-2 } ?? -1)")
}
let schedule: (Int) -> Double = { step in 0.1 * pow(0.5, Double(step / 10)) }
print((0..<40).filter { $0 % 10 == 0 }.map(schedule))
func makeCounter() -> () -> Int { var c = 0; return { c += 1; return c } }
let counter = makeCounter(); _ = counter(); print(counter())
func power<T: BinaryFloatingPoint>(_ x: T, _ n: Int) -> T { (0..<n).reduce(1) { acc, _ in acc * x } }
print(power(1.5, 3), power(2.0, 10))
outer: for i in 1...3 {
    for j in 1...3 where i * j > 3 { print("first", i, j); break outer }
}
enum Stop: CustomStringConvertible {
    case converged(Int), diverged(Double), budget
    var description: String {
        switch self {
        case .converged(let k): return "converged in \(k)"
        case .diverged(let v): return "diverged at \(v)"
        case .budget: return "out of budget"
        }
    }
}
print([Stop.converged(3), .diverged(.infinity), .budget])
// expect: Momentum  |   0.007235 | 39
// expect: SGD       |  2.656e-05 | 21
// expect: [0.1, 0.05, 0.025, 0.0125]
// expect: 2
// expect: 3.375 1024.0
// expect: first 2 2
// expect: [converged in 3, diverged at inf, out of budget]
