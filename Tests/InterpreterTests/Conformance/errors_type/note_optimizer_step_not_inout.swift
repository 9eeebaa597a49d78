import Optim
struct G: ObjectiveOptimizer {
    var lr = 1.0
    func step(_ point: Vector, on objective: any Objective) throws {}
}
// expect error: 2:8 type 'G' does not conform to protocol 'ObjectiveOptimizer'
