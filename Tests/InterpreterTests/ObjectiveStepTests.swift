import Optim
import XCTest

@testable import Interpreter

/// `step(_:on:)` of Optim's objective optimizers in a block: the point passed `&x` and the
/// optimizer's state change as in Swift, copies keep their own state, and misuse gets Swift's
/// errors.
final class ObjectiveStepTests: XCTestCase {
    func testAStepLoopMatchesSwift() throws {
        var bfgs = BFGS(), newton = Newton()
        var x = Vector([-1.2, 1.0]), y = x
        let f = Rosenbrock()
        var expected = ""
        for k in 0..<4 {
            try bfgs.step(&x, on: f)
            expected += "\(k) \(x) \(try f.value(at: x))\n"
        }
        try newton.step(&y, on: f)
        expected += "\(y) true false\n"
        let block = """
            var bfgs = BFGS()
            let before = bfgs
            var x = Vector([-1.2, 1.0])
            let f = Rosenbrock()
            for k in 0..<4 {
                try bfgs.step(&x, on: f)
                print(k, x, try f.value(at: x))
            }
            var optimizers: [any ObjectiveOptimizer] = [GradientDescent(lr: 0.001), Newton()]
            var y = Vector([-1.2, 1.0])
            try optimizers[1].step(&y, on: f)
            print(y, before.inverseHessian == nil, bfgs.inverseHessian == nil)
            """
        let outcome = Session().run(block, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text(expected)])
    }

    func testMisuseGetsSwiftsErrors() {
        func errors(_ source: String) -> [String] {
            Session().run(source, mode: .normal).diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
        XCTAssertEqual(errors("let g = BFGS()\nvar z = Vector([1.0, 2.0])\ntry g.step(&z, on: Rosenbrock())"),
                       ["3:5: cannot use mutating member on immutable value: 'g' is a 'let' constant"])
        XCTAssertEqual(errors("var g = BFGS()\nlet z = Vector([1.0, 2.0])\ntry g.step(&z, on: Rosenbrock())"),
                       ["3:12: cannot pass immutable value as inout argument: 'z' is a 'let' constant"])
        XCTAssertEqual(errors("var g = BFGS()\nvar z = Vector([1.0, 2.0])\ntry g.step(z, on: Rosenbrock())"),
                       ["3:12: passing value of type 'Vector' to an inout parameter requires explicit '&'"])
        XCTAssertEqual(errors("var g = BFGS()\nvar z = Vector([1.0, 2.0, 3.0])\ntry g.step(&z, on: Rosenbrock())"),
                       ["3:5: shape mismatch: objective of dimension [2] evaluated at [3]"])
    }
}
