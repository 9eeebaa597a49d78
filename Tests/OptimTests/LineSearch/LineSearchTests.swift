import Optim
import XCTest

final class LineSearchTests: XCTestCase {
    let quadratic = Quadratic(diagonal: [0.2, 4])
    let point: Vector = [3, 1]

    func testExactStepIsGTGOverGTGG() throws {
        let g = try quadratic.gradient(at: point)
        let alpha = try ExactQuadraticLineSearch().stepLength(
            on: quadratic, at: point, direction: -g, value: try quadratic.value(at: point), gradient: g, initialStep: 1)
        XCTAssertEqual(alpha, g.squaredNorm / (try g.dot(quadratic.a * g)), accuracy: 1e-15)
        let golden = try GoldenSectionLineSearch().stepLength(
            on: quadratic, at: point, direction: -g, value: try quadratic.value(at: point), gradient: g,
            initialStep: 1)
        XCTAssertEqual(golden, alpha, accuracy: 1e-8)
    }

    func testArmijoAndStrongWolfeConditionsHold() throws {
        let f = Rosenbrock()
        let x: Vector = [-1.2, 1]
        let (value, g) = try f.valueAndGradient(at: x)
        let d = -g
        let slope = try g.dot(d)
        let armijo = try BacktrackingLineSearch().stepLength(on: f, at: x, direction: d, value: value, gradient: g, initialStep: 1)
        XCTAssertLessThanOrEqual(try f.value(at: x + armijo * d), value + 1e-4 * armijo * slope)
        let wolfe = try StrongWolfeLineSearch().stepLength(on: f, at: x, direction: d, value: value, gradient: g, initialStep: 1)
        XCTAssertLessThanOrEqual(try f.value(at: x + wolfe * d), value + 1e-4 * wolfe * slope)
        XCTAssertLessThanOrEqual(Swift.abs(try f.gradient(at: x + wolfe * d).dot(d)), 0.9 * Swift.abs(slope))
        XCTAssertThrowsError(try BacktrackingLineSearch().stepLength(
            on: f, at: x, direction: g, value: value, gradient: g, initialStep: 1))
    }

    func testSchedules() throws {
        XCTAssertEqual(ConstantSchedule(0.1).learningRate(at: 50), 0.1)
        let piecewise = try PiecewiseConstantSchedule(boundaries: [10, 20], values: [1, 0.1, 0.01])
        XCTAssertEqual([0, 9, 10, 19, 20, 99].map(piecewise.learningRate), [1, 1, 0.1, 0.1, 0.01, 0.01])
        XCTAssertEqual(ExponentialSchedule(initial: 1, decay: 0.5).learningRate(at: 3), 0.125)
        XCTAssertEqual(PolynomialSchedule(initial: 1, rate: 0.5, power: 1).learningRate(at: 2), 0.5)
        let cosine = CosineSchedule(initial: 1, totalSteps: 10, minimum: 0.1)
        XCTAssertEqual(cosine.learningRate(at: 0), 1)
        XCTAssertEqual(cosine.learningRate(at: 5), 0.55, accuracy: 1e-15)
        XCTAssertEqual(cosine.learningRate(at: 10), 0.1, accuracy: 1e-15)
        let warm = WarmupSchedule(steps: 4, then: ConstantSchedule(2))
        XCTAssertEqual((0..<6).map(warm.learningRate), [0.5, 1, 1.5, 2, 2, 2])
        XCTAssertThrowsError(try PiecewiseConstantSchedule(boundaries: [5], values: [1]))
    }

    func testHostileSettingsEndTheSearch() throws {
        let g = try quadratic.gradient(at: point)
        let value = try quadratic.value(at: point)
        let golden = try GoldenSectionLineSearch(tolerance: 0).stepLength(
            on: quadratic, at: point, direction: -g, value: value, gradient: g, initialStep: 1)
        XCTAssertEqual(golden, g.squaredNorm / (try g.dot(quadratic.a * g)), accuracy: 1e-8)
        for search in [StrongWolfeLineSearch(maxIterations: -1) as any LineSearch, BacktrackingLineSearch(maxIterations: -1)] {
            XCTAssertEqual(try search.stepLength(on: quadratic, at: point, direction: -g, value: value, gradient: g, initialStep: 1), 1)
        }
    }
}
