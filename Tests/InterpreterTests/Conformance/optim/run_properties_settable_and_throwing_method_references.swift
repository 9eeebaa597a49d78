// interpreter-only (checked against swiftc linked with Optim's objects)
// A run's arrays are settable, as Optim declares them; a throwing method of an Optim value is a throwing function value.
import Optim
var run = try minimize(Rosenbrock(), from: [0, 0], using: BFGS(), steps: 3)
run.points = Array(run.points.prefix(2))
run.losses.append(0)
run.learningRates = []
print(run.points.count, run.losses.count, run.learningRates.isEmpty)
let r = Rosenbrock()
let f: (Vector) throws -> Double = r.value(at:)
let g: (Vector) throws -> Vector = r.gradient(at:)
print(try f([1, 1]), try g([1, 1]))
// expect: 2 5 true
// expect: 0.0 [0.0, 0.0]
