import Optim
struct G: ObjectiveOptimizer {
    var lr: Double { 1 }
    func step(_ point: inout Vector, on objective: Objective) throws {}
}
// expect error: 2:8 type 'G' does not conform to protocol 'ObjectiveOptimizer'
