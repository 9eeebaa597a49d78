import Optim
struct Bad: LearningRateSchedule {
    let rates: [Double]
    func learningRate(at step: Int) -> Double { rates[step] }
}
let r = try minimize(Rosenbrock(), from: [0, 0], using: SGD(lr: 0.001), steps: 5, schedule: Bad(rates: [0.1, 0.1]))
print(r.steps)
// expect error: 4:49 index 2 out of range for array of count 2
