// interpreter-only
// A method of an Optim value referenced by its labels, where a function is expected.
import Optim
let pw = try PiecewiseConstantSchedule(boundaries: [2, 4], values: [1, 0.1, 0.01])
print((0..<6).map(pw.learningRate(at:)))
let rate: (Int) -> Double = pw.learningRate(at:)
print(rate(5))
let cosine = CosineSchedule(initial: 0.1, totalSteps: 10)
print([0, 5, 10].map(cosine.learningRate(at:)))
// expect: [1.0, 1.0, 0.1, 0.1, 0.01, 0.01]
// expect: 0.01
// expect: [0.1, 0.05, 0.0]
