// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
func gradientNorm<O: Objective>(_ f: O, at x: Vector) throws -> Double { try f.gradient(at: x).norm }
print(try gradientNorm(Rosenbrock(), at: [0, 0]))
struct Bowl: Objective {
    var dimension: Int { 2 }
    func value(at x: Vector) throws -> Double { x[0] * x[0] + 3 * x[1] * x[1] }
    func gradient(at x: Vector) throws -> Vector { [2 * x[0], 6 * x[1]] }
    func hessian(at x: Vector) throws -> Matrix { Matrix([[2, 0], [0, 6]]) }
}
print(try gradientNorm(Bowl(), at: [1, 1]))
func best<O: GradientOptimizer>(_ make: (Double) throws -> O, rates: [Double]) throws -> Double {
    var results: [Double] = []
    for r in rates {
        let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: make(r), steps: 50)
        results.append(run.finalLoss)
    }
    return results.min()!
}
print(try best({ try SGD(lr: $0) }, rates: [1e-4, 1e-3]) > 0)
// expect: 2.0
// expect: 6.324555320336759
// expect: true
