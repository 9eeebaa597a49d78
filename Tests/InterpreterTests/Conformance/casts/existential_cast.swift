protocol Optimizer { func step(_ x: Double) -> Double }
struct SGD: Optimizer {
    var lr: Double
    func step(_ x: Double) -> Double { x - lr * 2 * x }
}
struct Frozen: Optimizer { func step(_ x: Double) -> Double { x } }
let opts: [any Optimizer] = [SGD(lr: 0.1), Frozen(), SGD(lr: 0.25)]
var rates: [Double] = []
for o in opts {
    if let s = o as? SGD { rates.append(s.lr) }
}
print(rates, opts.filter { $0 is Frozen }.count)
if let s = opts[2] as? SGD { print(s.step(1)) }
// expect: [0.1, 0.25] 1
// expect: 0.5
