import Optim
import XCTest

final class ObjectiveTests: XCTestCase {
    func testEveryObjectiveGradientAndHessianAgreeWithFiniteDifferences() throws {
        let cases: [(String, any Objective, Vector)] = [
            ("rosenbrock", Rosenbrock(), [-1.2, 1]),
            ("rosenbrock 4-D", Rosenbrock(dimension: 4), [0.1, -0.4, 0.8, 1.5]),
            ("rastrigin", Rastrigin(dimension: 2), [0.2, -0.45]),
            ("quadratic", try Quadratic([[3, 1], [1, 2]], b: [1, -1]), [0.5, 2]),
            ("saddle", Saddle(), [0.3, -0.8]),
            ("wavy line", WavyLine(frequency: 3), [0.7]),
        ]
        for (name, objective, point) in cases {
            let g = try objective.gradient(at: point)
            assertClose(g, try finiteDifferenceGradient({ try objective.value(at: $0) }, at: point), tolerance: 1e-6)
            let h = try objective.hessian(at: point)
            let fdH = try finiteDifferenceHessian({ try objective.gradient(at: $0) }, at: point)
            assertClose(h, fdH, tolerance: 1e-5)
            XCTAssertTrue(h.isSymmetric(), name)
        }
    }

    func testKnownMinimaAndLeastSquaresForm() throws {
        XCTAssertEqual(try Rosenbrock().value(at: [1, 1]), 0)
        XCTAssertEqual(try Rastrigin(dimension: 5).value(at: .zeros(5)), 0)
        let q = try Quadratic([[2, 0], [0, 4]], b: [-2, -4])
        assertClose(try q.minimizer(), [1, 1], tolerance: 1e-15)
        let r = Rosenbrock(dimension: 3)
        let x: Vector = [0.3, -0.2, 0.9]
        let residuals = try r.residuals(at: x)
        XCTAssertEqual(0.5 * residuals.squaredNorm, try r.value(at: x), accuracy: 1e-12)
        let j = try r.jacobian(at: x)
        assertClose(j.transposed * residuals, try r.gradient(at: x), tolerance: 1e-12)
        XCTAssertThrowsError(try r.value(at: [1, 2])) { error in
            XCTAssertEqual("\(error)", "shape mismatch: objective of dimension [3] evaluated at [2]")
        }
    }
}
