// interpreter-only
import Optim
let bowl = FunctionObjective(dimension: 2) { x in x[0] * x[0] + 10 * x[1] * x[1] }
print(try bowl.value(at: [1, 1]), try bowl.gradient(at: [1, 1]), try bowl.hessian(at: [1, 1]))
let run = try minimize(bowl, from: [1, 1], using: try Adam(lr: 0.1, betas: (0.9, 0.99)), steps: 300, schedule: CosineSchedule(initial: 0.1, totalSteps: 300))
print(run.finalLoss < 1e-3, run.learningRates.count)
// expect: 11.0 [2.0, 20.0] [[2.0, 0.0], [0.0, 20.0]]
// expect: true 300
