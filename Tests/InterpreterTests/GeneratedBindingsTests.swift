import Foundation
import Optim
import XCTest

@testable import Interpreter

/// The generated bindings (`Sources/Interpreter/Bindings/Generated/Members.swift`) are what
/// `MemberBindingsGenerator` writes from Optim's and Figures' declarations now, and read and
/// return the values Swift does.
final class GeneratedBindingsTests: XCTestCase {
    func testGeneratedMembersAreCurrent() throws {
        let text = MemberBindingsGenerator.source(try APIDeclarationReader.all(), handWritten: Bindings(seed: 0, generatedMembers: false))
        XCTAssertGreaterThan(text.components(separatedBy: "property(").count, 100, "the declarations were not found")
        let file = APIDeclarationReader.packageRoot.appendingPathComponent(MemberBindingsGenerator.path)
        if ProcessInfo.processInfo.environment["WEAVE_UPDATE_GOLDEN"] != nil {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssert(committed == text, "\(MemberBindingsGenerator.path) is stale: run WEAVE_UPDATE_GOLDEN=1 swift test --filter GeneratedBindingsTests")
    }

    func testGeneratedPropertiesReadWhatSwiftReads() throws {
        // The same properties read by Swift here and by a block: configuration, state, tuples,
        // optionals, arrays and a protocol-typed property boxed as its own type.
        let adam = try Adam(lr: 0.05, betas: (0.8, 0.95), eps: 1e-6, amsgrad: true)
        let bfgs = BFGS()
        let lookahead = NesterovLookahead()
        let expected = """
            \(adam.betas) \(adam.eps) \(adam.amsgrad) \(adam.maximize) \(adam.stepCount)
            \(try PiecewiseConstantSchedule(boundaries: [10, 20], values: [1, 0.5, 0.25]).values)
            \(type(of: bfgs.lineSearch)) \(bfgs.inverseHessian == nil) \(lookahead.velocity == nil) \(lookahead.momentum)
            \(Quadratic(diagonal: [1, 3]).dimension) \(try SGD().nesterov)

            """
        let block = """
            let adam = try Adam(lr: 0.05, betas: (0.8, 0.95), eps: 1e-6, amsgrad: true)
            let bfgs = BFGS()
            let lookahead = NesterovLookahead()
            print(adam.betas, adam.eps, adam.amsgrad, adam.maximize, adam.stepCount)
            print(try PiecewiseConstantSchedule(boundaries: [10, 20], values: [1, 0.5, 0.25]).values)
            print(type(of: bfgs.lineSearch), bfgs.inverseHessian == nil, lookahead.velocity == nil, lookahead.momentum)
            print(Quadratic(diagonal: [1, 3]).dimension, try SGD().nesterov)
            """
        let outcome = Session().run(block, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text(expected)])
    }

    func testFactorisationsReadAndSolveAsInSwift() throws {
        let c = try CholeskyDecomposition(Matrix([[4, 2], [2, 3]]))
        let lu = try LUDecomposition(Matrix([[0, 1], [2, 3]]))
        let block = """
            let c = try CholeskyDecomposition(Matrix([[4, 2], [2, 3]]))
            let lu = try LUDecomposition(Matrix([[0, 1], [2, 3]]))
            print(c.lower, c.logDeterminant, try c.solve(Vector([2, 1])))
            print(lu.determinant, lu.pivots, lu.factors, try lu.solve(Vector([1, 1])))
            """
        let expected = "\(c.lower) \(c.logDeterminant) \(try c.solve(Vector([2, 1])))\n"
            + "\(lu.determinant) \(lu.pivots) \(lu.factors) \(try lu.solve(Vector([1, 1])))\n"
        XCTAssertEqual(Session().run(block, mode: .normal).outputs, [.text(expected)])
    }

    func testGeneratedMethodsReturnWhatSwiftReturns() throws {
        // A line search and a least-squares objective's residuals, called by Swift here and by a
        // block; a wrong shape is Optim's error at the call, not a trap.
        let r = Rosenbrock()
        let x = Vector([-1.2, 1.0])
        let g = try r.gradient(at: x)
        let d = Vector(g.scalars.map { -$0 })
        let step = try StrongWolfeLineSearch().stepLength(on: r, at: x, direction: d, value: try r.value(at: x), gradient: g, initialStep: 1)
        let block = """
            let r = Rosenbrock()
            let x = Vector([-1.2, 1.0])
            let g = try r.gradient(at: x)
            let d = Vector(g.scalars.map { -$0 })
            print(try StrongWolfeLineSearch().stepLength(on: r, at: x, direction: d, value: try r.value(at: x), gradient: g, initialStep: 1))
            print(try r.residuals(at: x), try r.jacobian(at: x))
            print(try r.residuals(at: Vector([1, 2, 3])))
            """
        let outcome = Session().run(block, mode: .normal)
        XCTAssertEqual(outcome.outputs, [.text("\(step)\n\(try r.residuals(at: x)) \(try r.jacobian(at: x))\n")])
        XCTAssertEqual(outcome.diagnostics.map { "\($0.line):\($0.column): \($0.message)" },
                       ["7:11: shape mismatch: objective of dimension [2] evaluated at [3]"])
    }
}
