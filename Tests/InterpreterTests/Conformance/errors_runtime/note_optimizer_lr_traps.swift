import Optim
// The driver cannot be told of a failure in 'lr', which cannot throw: the run stops with it.
struct BadRate: ObjectiveOptimizer {
    var rates: [Double] = [0.1]
    var lr: Double { get { rates[1] } set { rates.append(newValue) } }
    mutating func step(_ point: inout Vector, on objective: any Objective) throws {}
}
let r = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: BadRate(), steps: 3)
print(r.steps)
// expect error: 5:28 index 1 out of range for array of count 1
