import Optim
import XCTest

final class SecondOrderTests: XCTestCase {
    let quadratic = try! Quadratic([[4, 1, 0], [1, 3, 1], [0, 1, 2]], b: [1, -2, 3])

    func testNewtonSolvesAQuadraticInOneStep() throws {
        let run = try minimize(quadratic, from: [5, -7, 2], using: Newton(), steps: 1)
        assertClose(run.finalPoint, try quadratic.minimizer(), tolerance: 1e-13)
    }

    func testLinearConjugateGradientTerminatesInAtMostNSteps() throws {
        var rng = RandomGenerator(seed: 11)
        let m = rng.normalMatrix(rows: 6, cols: 6)
        let a = m.transposed * m + Matrix.identity(6)
        let q = try Quadratic(a, b: rng.normalVector(count: 6))
        let run = try minimize(q, from: .zeros(6), using: LinearConjugateGradient(), steps: 6)
        assertClose(run.finalPoint, try q.minimizer(), tolerance: 1e-9)
        XCTAssertLessThan(run.gradientNorms[6], 1e-9 * run.gradientNorms[0])
    }

    func testBFGSReachesRosenbrockMinimumTo1e8() throws {
        let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: BFGS(), steps: 200, tolerance: 1e-12)
        XCTAssertTrue(run.converged)
        assertClose(run.finalPoint, [1, 1], tolerance: 1e-8)
        XCTAssertLessThan(run.steps, 60)
    }

    func testLBFGSAndNonlinearCGReachRosenbrockMinimum() throws {
        let lbfgs = try minimize(Rosenbrock(dimension: 4), from: [-1.2, 1, -1.2, 1], using: LBFGS(memory: 5),
                                 steps: 500, tolerance: 1e-10)
        assertClose(lbfgs.finalPoint, .init(repeating: 1, count: 4), tolerance: 1e-8)
        for formula in [NonlinearConjugateGradient.Formula.fletcherReeves, .polakRibiere] {
            let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: NonlinearConjugateGradient(formula: formula),
                                   steps: 5000, tolerance: 1e-9)
            assertClose(run.finalPoint, [1, 1], tolerance: 1e-6)
        }
    }

    func testNewtonVariantsAndGaussNewtonOnRosenbrock() throws {
        let damped = try minimize(Rosenbrock(), from: [-1.2, 1], using: Newton(lineSearch: BacktrackingLineSearch()),
                                  steps: 100, tolerance: 1e-12)
        assertClose(damped.finalPoint, [1, 1], tolerance: 1e-10)
        let lm = try minimize(Rosenbrock(), from: [-1.2, 1], using: LevenbergMarquardt(), steps: 200, tolerance: 1e-12)
        assertClose(lm.finalPoint, [1, 1], tolerance: 1e-10)
        let gn = try minimize(Rosenbrock(), from: [-1.2, 1], using: GaussNewton(lineSearch: BacktrackingLineSearch()),
                              steps: 100, tolerance: 1e-12)
        assertClose(gn.finalPoint, [1, 1], tolerance: 1e-10)
    }

    func testNewtonJumpsToTheSaddleWhileGradientDescentLeavesIt() throws {
        let newton = try minimize(Saddle(), from: [0.5, 0.5], using: Newton(), steps: 1)
        XCTAssertEqual(newton.finalPoint, [0, 0])
        XCTAssertThrowsError(try minimize(Saddle(), from: [0.5, 0.5], using: try SGD(lr: 0.4), steps: 100)) { error in
            guard case .diverged(let step, let value) = error as? OptimError else { return XCTFail("\(error)") }
            XCTAssertEqual(step, 13)   // y grows by 1.8 per step: 0.5 · 1.8¹³ ≈ 1051, f ≈ −1.1·10⁶
            XCTAssertLessThan(value, -1e6)
        }
    }

    func testNesterovLookaheadMatchesTheShiftedTorchForm() throws {
        // torch's form: b ← βb + ∇f(φ), φ ← φ − η(∇f(φ) + βb); its φ equals θ − ηβM of the look-ahead form.
        let q = Quadratic(diagonal: [2, 100])
        var optimizer = NesterovLookahead(lr: 0.005, momentum: 0.9)
        var theta: Vector = [1, 1]
        var phi: Vector = [1, 1]
        var b = Vector.zeros(2)
        for _ in 0..<30 {
            try optimizer.step(&theta, on: q)
            let g = try q.gradient(at: phi)
            b = 0.9 * b + g
            phi -= 0.005 * (g + 0.9 * b)
            assertClose(theta - 0.005 * 0.9 * optimizer.velocity!, phi, tolerance: 1e-14)
        }
    }
}
