// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// Optim's methods as function values.
let schedule = ExponentialSchedule(initial: 0.1, decay: 0.5)
print((0..<3).map(schedule.learningRate))
let rate = schedule.learningRate(at:)
print(rate(2))
let grad = Rosenbrock().gradient(at:)
print(try grad([0, 0]))
let points: [Vector] = [[1, 1], [0, 0]]
print(try points.map { try Rosenbrock().value(at: $0) })
// expect: [0.1, 0.05, 0.025]
// expect: 0.025
// expect: [-2.0, 0.0]
// expect: [0.0, 1.0]
