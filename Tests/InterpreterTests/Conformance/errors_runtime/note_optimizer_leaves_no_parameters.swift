import Optim
// minimize reads the point back from the first parameter, where Swift's program traps.
struct Empty: GradientOptimizer {
    var lr = 0.1
    mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws { parameters = [] }
}
let r = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: Empty(), steps: 3)
print(r.steps)
// expect error: 7:72 the optimizer's step left no parameters: index out of range
