import Optim
import XCTest

final class DriverTests: XCTestCase {
    func testRunRecordsIteratesLossesNormsAndRates() throws {
        let q = Quadratic(diagonal: [2, 100])
        let run = try minimize(q, from: [1, 1], using: try SGD(lr: 0.01), steps: 5,
                               schedule: ExponentialSchedule(initial: 0.01, decay: 0.5))
        XCTAssertEqual(run.points.count, 6)
        XCTAssertEqual(run.points[0], [1, 1])
        XCTAssertEqual(run.points[1], [1 - 0.01 * 2, 1 - 0.01 * 100])
        XCTAssertEqual(run.losses[1], try q.value(at: run.points[1]))
        XCTAssertEqual(run.gradientNorms[0], (try q.gradient(at: [1, 1])).norm)
        XCTAssertEqual(run.learningRates, [0.01, 0.005, 0.0025, 0.00125, 0.000625])
        XCTAssertFalse(run.description.contains("elapsed"))
    }

    func testToleranceStopsEarly() throws {
        let run = try minimize(Quadratic(diagonal: [1, 1]), from: [1, 1], using: Newton(), steps: 10, tolerance: 1e-12)
        XCTAssertTrue(run.converged)
        XCTAssertEqual(run.steps, 1)
    }

    func testDivergenceNamesTheStepAndValue() {
        XCTAssertThrowsError(try minimize(Quadratic(diagonal: [1, 1]), from: [1, 1], using: try SGD(lr: 3), steps: 50)) { error in
            // x ← x − 3x = −2x: f = 4ᵏ, which first exceeds 10⁶ at k = 10.
            XCTAssertEqual(error as? OptimError, .diverged(step: 10, value: 1_048_576))
            XCTAssertEqual("\(error)", "diverged at step 10: loss is 1048576.0")
        }
        let nan = FunctionObjective(dimension: 1) { x in log(x[0]) }
        XCTAssertThrowsError(try minimize(nan, from: [0.5], using: try SGD(lr: 1), steps: 5)) { error in
            guard case .diverged(step: 1, let value) = error as? OptimError else { return XCTFail("\(error)") }
            XCTAssertTrue(value.isNaN)
        }
    }

    func testUserFunctionThroughTheDriver() throws {
        let f = FunctionObjective(dimension: 2) { x in (1 - x[0]) * (1 - x[0]) + 100 * pow(x[1] - x[0] * x[0], 2) }
        let run = try minimize(f, from: [-1.2, 1], using: Newton(lineSearch: BacktrackingLineSearch()), steps: 50, tolerance: 1e-10)
        assertClose(run.finalPoint, [1, 1], tolerance: 1e-9)
    }
}
