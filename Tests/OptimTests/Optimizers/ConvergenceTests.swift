import Optim
import XCTest

/// Every optimizer, table-driven, on a parabola and on Rosenbrock (as optax tests its optimizers):
/// each row names the optimizer, its settings, a step budget and the distance to the minimiser it must
/// reach. The budgets document how the methods compare; they are not tuned to be tight.
final class ConvergenceTests: XCTestCase {
    enum Method {
        case gradient(any GradientOptimizer)
        case objective(any ObjectiveOptimizer)
    }

    struct Case {
        let name: String
        let method: Method
        let steps: Int
        let tolerance: Double
    }

    func run(_ c: Case, on objective: any Objective, from start: Vector, minimizer: Vector) {
        let run: Run
        do {
            switch c.method {
            case .gradient(let optimizer): run = try minimize(objective, from: start, using: optimizer, steps: c.steps)
            case .objective(let optimizer): run = try minimize(objective, from: start, using: optimizer, steps: c.steps)
            }
        } catch {
            return XCTFail("\(c.name): \(error)")
        }
        let distance = (run.finalPoint - minimizer).norm
        XCTAssertLessThanOrEqual(distance, c.tolerance, "\(c.name): ‖x − x*‖ = \(distance) after \(c.steps) steps")
    }

    func testParabola() throws {
        let parabola = Quadratic(diagonal: [1, 10])
        let cases: [Case] = [
            Case(name: "SGD", method: .gradient(try SGD(lr: 0.09)), steps: 200, tolerance: 1e-6),
            Case(name: "SGD momentum", method: .gradient(try SGD(lr: 0.05, momentum: 0.9)), steps: 300, tolerance: 1e-6),
            Case(name: "SGD nesterov", method: .gradient(try SGD(lr: 0.05, momentum: 0.9, nesterov: true)), steps: 300, tolerance: 1e-6),
            Case(name: "Adam", method: .gradient(try Adam(lr: 0.1)), steps: 1000, tolerance: 1e-4),
            Case(name: "AdamW", method: .gradient(try AdamW(lr: 0.1, weightDecay: 0)), steps: 1000, tolerance: 1e-4),
            Case(name: "RMSprop", method: .gradient(try RMSprop(lr: 0.01)), steps: 1000, tolerance: 1e-2),
            Case(name: "Adagrad", method: .gradient(try Adagrad(lr: 0.5)), steps: 1000, tolerance: 1e-4),
            Case(name: "NAdam", method: .gradient(try NAdam(lr: 0.1)), steps: 1000, tolerance: 1e-4),
            Case(name: "RAdam", method: .gradient(try RAdam(lr: 0.1)), steps: 1000, tolerance: 1e-4),
            Case(name: "Adamax", method: .gradient(try Adamax(lr: 0.1)), steps: 1000, tolerance: 1e-4),
            Case(name: "AdaBelief", method: .gradient(AdaBelief(lr: 0.1)), steps: 1000, tolerance: 1e-4),
            Case(name: "Lion", method: .gradient(Lion(lr: 1e-3)), steps: 3000, tolerance: 2e-3),
            Case(name: "Muon", method: .gradient(Muon(lr: 0.05)), steps: 500, tolerance: 1e-4),
            Case(name: "Shampoo", method: .gradient(Shampoo(lr: 0.5)), steps: 2000, tolerance: 1e-3),
            Case(name: "NAG look-ahead", method: .objective(NesterovLookahead(lr: 0.05, momentum: 0.9)), steps: 300, tolerance: 1e-6),
            Case(name: "Newton", method: .objective(Newton()), steps: 1, tolerance: 1e-14),
            Case(name: "Levenberg–Marquardt", method: .objective(LevenbergMarquardt()), steps: 10, tolerance: 1e-12),
            Case(name: "BFGS", method: .objective(BFGS()), steps: 20, tolerance: 1e-10),
            Case(name: "L-BFGS", method: .objective(LBFGS()), steps: 20, tolerance: 1e-10),
            Case(name: "linear CG", method: .objective(LinearConjugateGradient()), steps: 2, tolerance: 1e-12),
            Case(name: "CG Fletcher–Reeves", method: .objective(NonlinearConjugateGradient(formula: .fletcherReeves)), steps: 20, tolerance: 1e-8),
            Case(name: "CG Polak–Ribière", method: .objective(NonlinearConjugateGradient(formula: .polakRibiere)), steps: 20, tolerance: 1e-8),
        ]
        for c in cases { run(c, on: parabola, from: [1, 1], minimizer: [0, 0]) }
    }

    func testRosenbrock() throws {
        let cases: [Case] = [
            Case(name: "SGD momentum", method: .gradient(try SGD(lr: 1e-4, momentum: 0.9)), steps: 30_000, tolerance: 1e-2),
            Case(name: "Adam", method: .gradient(try Adam(lr: 0.01)), steps: 20_000, tolerance: 1e-2),
            Case(name: "AdamW", method: .gradient(try AdamW(lr: 0.01, weightDecay: 0)), steps: 20_000, tolerance: 1e-2),
            Case(name: "NAdam", method: .gradient(try NAdam(lr: 0.01)), steps: 20_000, tolerance: 1e-2),
            Case(name: "RAdam", method: .gradient(try RAdam(lr: 2e-3)), steps: 20_000, tolerance: 1e-2),
            Case(name: "Adamax", method: .gradient(try Adamax(lr: 0.01)), steps: 20_000, tolerance: 1e-2),
            Case(name: "AdaBelief", method: .gradient(AdaBelief(lr: 0.01)), steps: 20_000, tolerance: 1e-2),
            Case(name: "NAG look-ahead", method: .objective(NesterovLookahead(lr: 1e-4, momentum: 0.9)), steps: 30_000, tolerance: 1e-2),
            Case(name: "Newton (damped)", method: .objective(Newton(lineSearch: BacktrackingLineSearch())), steps: 50, tolerance: 1e-10),
            Case(name: "Levenberg–Marquardt", method: .objective(LevenbergMarquardt()), steps: 100, tolerance: 1e-10),
            Case(name: "Gauss–Newton", method: .objective(GaussNewton(lineSearch: BacktrackingLineSearch())), steps: 50, tolerance: 1e-10),
            Case(name: "BFGS", method: .objective(BFGS()), steps: 100, tolerance: 1e-8),
            Case(name: "L-BFGS", method: .objective(LBFGS()), steps: 100, tolerance: 1e-8),
            Case(name: "CG Polak–Ribière", method: .objective(NonlinearConjugateGradient()), steps: 2000, tolerance: 1e-6),
        ]
        for c in cases { run(c, on: Rosenbrock(), from: [-1.2, 1], minimizer: [1, 1]) }
    }
}
