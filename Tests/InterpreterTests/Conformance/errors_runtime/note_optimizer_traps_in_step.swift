import Optim
struct Trapping: GradientOptimizer {
    var lr = 0.1
    var seen: [Int] = []
    mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        seen.append(seen.count)
        _ = seen[5]
    }
}
let r = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: Trapping(), steps: 10)
print(r.steps)
// expect error: 7:13 index 5 out of range for array of count 1
