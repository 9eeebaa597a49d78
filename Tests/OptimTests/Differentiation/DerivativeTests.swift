import Foundation
import Optim
import XCTest

final class DerivativeTests: XCTestCase {
    func rosenbrock(_ x: [Jet]) -> Jet {
        (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
    }

    func testRosenbrockMatchesAnalyticDerivatives() throws {
        for point: Vector in [[0, 0], [-1.2, 1], [0.5, -0.3], [1, 1]] {
            let (value, g, h) = valueGradientAndHessian(of: rosenbrock, at: point)
            XCTAssertEqual(value, try Rosenbrock().value(at: point), accuracy: 1e-12)
            assertClose(g, try Rosenbrock().gradient(at: point), tolerance: 1e-12)
            assertClose(h, try Rosenbrock().hessian(at: point), tolerance: 1e-12)
        }
        XCTAssertEqual(gradient(of: rosenbrock, at: [0, 0]), [-2, 0])
    }

    /// Every elementary function, composed, against central finite differences.
    func testElementaryFunctionsAgainstFiniteDifferences() throws {
        func f(_ x: [Jet]) -> Jet {
            sqrt(x[0] * x[0] + 1) + exp(0.3 * x[1]) * sin(x[0]) - log(2 + cos(x[1]))
                + tanh(x[0] * x[1]) + pow(abs(x[1]) + 1, 2.5) + pow(x[0] + 3, x[1]) / (1 + x[0] * x[0])
                + pow(2, x[0]) - x[1] / 3
        }
        func fd(_ v: Vector) -> Double { f(v.scalars.map(Jet.init)).value }
        for point: Vector in [[0.3, -0.7], [1.1, 0.4], [-0.5, 1.3]] {
            let (_, g, h) = valueGradientAndHessian(of: f, at: point)
            assertClose(g, finiteDifferenceGradient(fd, at: point), tolerance: 1e-8)
            assertClose(h, finiteDifferenceHessian({ gradient(of: f, at: $0) }, at: point), tolerance: 1e-7)
            assertClose(h, h.transposed, tolerance: 0)
        }
    }

    func testRastriginAndWavyLineAnalyticAgainstAD() throws {
        let r = Rastrigin(dimension: 3)
        let point: Vector = [0.3, -1.2, 2.05]
        let ad = FunctionObjective(dimension: 3) { x in
            x.reduce(Jet(30)) { $0 + $1 * $1 - 10 * cos(2 * Double.pi * $1) }
        }
        assertClose(try r.gradient(at: point), try ad.gradient(at: point), tolerance: 1e-12)
        assertClose(try r.hessian(at: point), try ad.hessian(at: point), tolerance: 1e-12)
        let w = WavyLine(frequency: 2.5)
        let wAD = FunctionObjective(dimension: 1) { x in x[0] * cos(2.5 * x[0]) }
        for x: Vector in [[0.4], [-1.7], [3]] {
            assertClose(try w.gradient(at: x), try wAD.gradient(at: x), tolerance: 1e-12)
            assertClose(try w.hessian(at: x), try wAD.hessian(at: x), tolerance: 1e-12)
        }
    }

    func testConstantsAndGradientOnlyModeCarryNoHessian() {
        let y = Jet.variables(at: [1, 2])[0] * 3 + Jet(4)
        XCTAssertTrue(y.packedHessian.isEmpty)
        XCTAssertEqual(y.gradient, [3, 0])
        XCTAssertTrue(Jet(2).isConstant)
        XCTAssertEqual(sqrt(2.0), 2.0.squareRoot())   // Foundation's overloads still resolve for Double
    }
}
