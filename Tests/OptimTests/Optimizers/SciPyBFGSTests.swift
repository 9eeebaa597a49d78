import Foundation
import Optim
import XCTest

/// Optim's BFGS against SciPy's (`scipy.optimize.minimize(method="BFGS")`, recorded by
/// `Fixtures/record_scipy.py`): on the 20-dimensional log-spaced quadratic of issue 13 and on
/// Rosenbrock it converges within 1.5× SciPy's iterations to the same point, and a run that goes on
/// after converging stays put instead of failing.
final class SciPyBFGSTests: XCTestCase {
    /// One problem of `Fixtures/SciPy/BFGS.json`.
    private struct Problem: Decodable {
        let start: [Double]
        let iterations: Int
        let finalPoint: [Double]
        let eigenvalues: [Double]?
    }

    private struct Fixture: Decodable {
        let gtol: Double
        let quadratic: Problem
        let rosenbrock: Problem
    }

    private func fixture() throws -> Fixture {
        let directory = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = directory.appendingPathComponent("SciPy").appendingPathComponent("BFGS.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    /// BFGS stopped at SciPy's tolerance (on the 2-norm, at least as strict as SciPy's largest entry).
    private func assertWithinSciPy(_ objective: any Objective, _ problem: Problem, gtol: Double, _ name: String) throws {
        let run = try minimize(objective, from: Vector(problem.start), using: BFGS(), steps: 1000, tolerance: gtol)
        let iterations = run.points.count - 1
        XCTAssertTrue(run.converged, name)
        XCTAssertLessThanOrEqual(Double(iterations), 1.5 * Double(problem.iterations),
                                 "\(name): \(iterations) iterations, SciPy \(problem.iterations)")
        for (x, expected) in zip(run.finalPoint.scalars, problem.finalPoint) {
            XCTAssertEqual(x, expected, accuracy: 1e-4, name)
        }
    }

    func testQuadraticWithinOneAndAHalfTimesSciPysIterations() throws {
        let f = try fixture()
        let eigenvalues = try XCTUnwrap(f.quadratic.eigenvalues)
        try assertWithinSciPy(Quadratic(diagonal: Vector(eigenvalues)), f.quadratic, gtol: f.gtol, "quadratic")
    }

    func testRosenbrockWithinOneAndAHalfTimesSciPysIterations() throws {
        let f = try fixture()
        try assertWithinSciPy(Rosenbrock(), f.rosenbrock, gtol: f.gtol, "Rosenbrock")
    }

    func testRunsPastConvergenceStayAtTheMinimum() throws {
        let f = try fixture()
        let quadratic = Quadratic(diagonal: Vector(try XCTUnwrap(f.quadratic.eigenvalues)))
        for (objective, start) in [(quadratic as any Objective, f.quadratic.start), (Rosenbrock(), f.rosenbrock.start)] {
            let run = try minimize(objective, from: Vector(start), using: BFGS(), steps: 200)
            XCTAssertEqual(run.points.count, 201)
            XCTAssertLessThan(run.gradientNorms.last ?? .nan, 1e-8)
            XCTAssertTrue(run.points.allSatisfy(\.isFinite))
        }
    }

    func testAStepWhereNothingDescendsLeavesThePoint() throws {
        // −‖∇f‖² = −10⁻³⁴⁰ rounds to zero: the line search used to refuse the direction with an error.
        for start: Vector in [[1e-170, 0], [0, 0]] {
            let run = try minimize(Quadratic(diagonal: [1, 100]), from: start, using: BFGS(), steps: 3)
            XCTAssertEqual(run.points, Array(repeating: start, count: 4))
        }
    }
}
