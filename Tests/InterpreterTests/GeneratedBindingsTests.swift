import Foundation
import Optim
import XCTest

@testable import Interpreter

/// The generated property bindings (`Sources/Interpreter/Bindings/Generated/Properties.swift`) are
/// what `PropertyBindingsGenerator` writes from Optim's and Figures' declarations now, and read
/// the values Swift reads.
final class GeneratedBindingsTests: XCTestCase {
    func testGeneratedPropertiesAreCurrent() throws {
        let text = PropertyBindingsGenerator.source(try APIDeclarationReader.all(), handWritten: Bindings(seed: 0, generatedProperties: false))
        XCTAssertGreaterThan(text.components(separatedBy: "property(").count, 100, "the declarations were not found")
        let file = APIDeclarationReader.packageRoot.appendingPathComponent(PropertyBindingsGenerator.path)
        if ProcessInfo.processInfo.environment["WEAVE_UPDATE_GOLDEN"] != nil {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssert(committed == text, "\(PropertyBindingsGenerator.path) is stale: run WEAVE_UPDATE_GOLDEN=1 swift test --filter GeneratedBindingsTests")
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
}
