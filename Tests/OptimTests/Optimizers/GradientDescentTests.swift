import Optim
import XCTest

/// Gradient descent with a line search, line searches as implicit members, and the overloads for
/// plain arrays.
final class GradientDescentTests: XCTestCase {
    func testExactStepsOnAQuadraticContractAtMostAsTheConditionNumberAllows() throws {
        // Steepest descent with exact steps: f(x_{k+1}) ≤ ((κ − 1)/(κ + 1))² f(x_k) (Nocedal & Wright, Thm 3.3).
        let eigenvalues = [1.0, 3.0, 10.0]
        let q = Quadratic(diagonal: eigenvalues)
        let run = try minimize(q, from: [1, -2, 0.5], using: GradientDescent(lineSearch: .exactQuadratic), steps: 40)
        let kappa = eigenvalues.max()! / eigenvalues.min()!
        let bound = ((kappa - 1) / (kappa + 1)) * ((kappa - 1) / (kappa + 1))
        for k in 1..<run.losses.count where run.losses[k - 1] > 1e-300 {
            XCTAssertLessThanOrEqual(run.losses[k], bound * run.losses[k - 1] * (1 + 1e-12), "step \(k)")
        }
        XCTAssertLessThan(run.finalLoss, 1e-6 * run.losses[0])
    }

    func testBacktrackingDescendsAndStopsAtTheMinimum() throws {
        let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: GradientDescent(lineSearch: .backtracking), steps: 3000)
        XCTAssertTrue(zip(run.losses, run.losses.dropFirst()).allSatisfy { $1 <= $0 }, "Armijo steps never go uphill")
        let atMinimum = try minimize(Quadratic(diagonal: [1, 2]), from: [0, 0], using: GradientDescent(), steps: 3)
        XCTAssertEqual(atMinimum.points.last, [0, 0], "a step at a minimum leaves x where it is")
    }

    func testImplicitMembersAreTheDefaultLineSearches() throws {
        let q = Quadratic(diagonal: [1, 50])
        let named = try minimize(q, from: [1, 1], using: BFGS(lineSearch: .strongWolfe), steps: 10)
        let spelled = try minimize(q, from: [1, 1], using: BFGS(lineSearch: StrongWolfeLineSearch()), steps: 10)
        XCTAssertEqual(named.points, spelled.points)
    }

    func testPlainArrayOverloadsMatchTheVectorOnes() throws {
        let d: [Double] = [2, 5]
        let b: [Double] = [1, -1]
        let fromArrays = Quadratic(diagonal: d, b: b)
        let fromVectors = Quadratic(diagonal: Vector(d), b: Vector(b))
        XCTAssertEqual(fromArrays.a, fromVectors.a)
        XCTAssertEqual(fromArrays.b, fromVectors.b)
        let rows: [[Double]] = [[2, 1], [1, 3]]
        XCTAssertEqual(try Quadratic(rows, b: b).a, Matrix(rows))
        XCTAssertThrowsError(try Quadratic([[1, 2], [3]]))
        XCTAssertEqual(Matrix(diagonal: d), Matrix.diag(Vector(d)))
        XCTAssertEqual(Vector(zeros: 3), Vector.zeros(3))
        let f: ([Jet]) -> Jet = { x in x[0] * x[1] }
        XCTAssertEqual(gradient(of: f, at: d), gradient(of: f, at: Vector(d)))
    }

    func testARunOfHandComputedPointsMeasuresThem() throws {
        let q = Quadratic(diagonal: [1, 4])
        let points: [[Double]] = [[1, 1], [0.5, 0.25]]
        let run = try Run(points: points, on: q)
        XCTAssertEqual(run.steps, 1)
        XCTAssertEqual(run.losses, try points.map { try q.value(at: Vector($0)) })
        XCTAssertEqual(run.gradientNorms, try points.map { try q.gradient(at: Vector($0)).norm })
        XCTAssertThrowsError(try Run(points: [[Double]](), on: q))
        XCTAssertThrowsError(try Run(points: [[1, 2, 3]], on: q))
    }
}
