import Optim
struct Sign: GradientOptimizer {
    let lr: Double
    mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {}
}
// expect error: 2:8 type 'Sign' does not conform to protocol 'GradientOptimizer'
