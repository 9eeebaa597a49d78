// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
var adam = try Adam(lr: 0.1)
let copy = adam
adam.lr *= 0.5
print(adam.lr, copy.lr)
var sgd = try SGD(lr: 1e-3, momentum: 0.9)
var rates: [Double] = []
for step in 0..<3 {
    sgd.lr = 1e-3 / Double(step + 1)
    rates.append(sgd.lr)
}
print(rates)
var ls = StrongWolfeLineSearch()
ls.curvature = 0.1
print(ls.curvature)
var r = Rosenbrock()
r.b = 10
print(try r.value(at: [0, 1]))
var opt: any GradientOptimizer = try Adam(lr: 0.2)
opt.lr = 0.05
print(opt.lr)
// expect: 0.05 0.1
// expect: [0.001, 0.0005, 0.0003333333333333333]
// expect: 0.1
// expect: 11.0
// expect: 0.05
