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
                       ["3:7: cannot use mutating member on immutable value: 'g' is a 'let' constant"])
        XCTAssertEqual(errors("var g = BFGS()\nlet z = Vector([1.0, 2.0])\ntry g.step(&z, on: Rosenbrock())"),
                       ["3:12: cannot pass immutable value as inout argument: 'z' is a 'let' constant"])
        XCTAssertEqual(errors("var g = BFGS()\nvar z = Vector([1.0, 2.0])\ntry g.step(z, on: Rosenbrock())"),
                       ["3:12: passing value of type 'Vector' to an inout parameter requires explicit '&'"])
        XCTAssertEqual(errors("var g = BFGS()\nvar z = Vector([1.0, 2.0, 3.0])\ntry g.step(&z, on: Rosenbrock())"),
                       ["3:5: shape mismatch: objective of dimension [2] evaluated at [3]"])
    }
}

/// `step(_:gradients:)` of Optim's gradient optimizers in a block, on `Tensor` parameters: the
/// parameters passed `&p` and the optimizer's state change as in Swift.
final class GradientStepTests: XCTestCase {
    func testAStepLoopMatchesSwift() throws {
        var adam = try Adam(lr: 0.1), sgd = try SGD(lr: 0.05, momentum: 0.9)
        var p = [Tensor(Vector([1.0, -1.0])), Tensor(repeating: 0.5, shape: [1, 2])], q = p
        let g = [Tensor(Vector([0.5, 0.25])), Tensor(shape: [1, 2], scalars: [1, -2])]
        for _ in 0..<3 {
            try adam.step(&p, gradients: g)
            try sgd.step(&q, gradients: g)
        }
        let expected = "\(p)\n\(adam.expAvgs) \(adam.expAvgSqs)\n\(q)\n\(Tensor.flatten(q))\n"
        let block = """
            var adam = try Adam(lr: 0.1)
            var optimizers: [any GradientOptimizer] = [try SGD(lr: 0.05, momentum: 0.9)]
            var p = [Tensor(Vector([1.0, -1.0])), Tensor(repeating: 0.5, shape: [1, 2])]
            var q = p
            let g = [Tensor(Vector([0.5, 0.25])), Tensor(shape: [1, 2], scalars: [1, -2])]
            for _ in 0..<3 {
                try adam.step(&p, gradients: g)
                try optimizers[0].step(&q, gradients: g)
            }
            print(p)
            print(adam.expAvgs, adam.expAvgSqs)
            print(q)
            print(Tensor.flatten(q))
            """
        let outcome = Session().run(block, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text(expected)])
    }

    func testMisuseGetsErrorsAtTheCall() {
        func errors(_ source: String) -> [String] {
            Session().run(source, mode: .normal).diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
        XCTAssertEqual(errors("var a = try Adam()\nlet p = [Tensor(Vector([1.0]))]\ntry a.step(&p, gradients: p)"),
                       ["3:12: cannot pass immutable value as inout argument: 'p' is a 'let' constant"])
        XCTAssertEqual(errors("var a = try Adam()\nvar p = [Tensor(Vector([1.0]))]\ntry a.step(&p, gradients: [Tensor(Vector([1.0, 2.0]))])"),
                       ["3:5: shape mismatch: Adam.step: gradient 0 has shape [2] but parameter 0 has shape [1]"])
        XCTAssertEqual(errors("let t = Tensor(shape: [2, -1], scalars: [])"), ["1:9: Tensor: negative extent in shape [2, -1]"])
        XCTAssertEqual(errors("let t = Tensor(shape: [2], scalars: [1, 2, 3])"), ["1:9: Tensor: shape [2] needs 2 scalars, got 3"])
        XCTAssertEqual(errors("let t = Tensor(repeating: 0, shape: [1 << 40, 1 << 40])").count, 1)
        XCTAssertEqual(errors("let v = try Vector(Tensor(Vector([1.0]))) \nlet m = try Matrix(Tensor(Vector([1.0])))"),
                       ["2:13: shape mismatch: Matrix needs a rank-2 tensor, got shape [1]"])
    }
}

/// A note's own training loop: a model's initial parameters, mini-batches, losses and gradients,
/// stepped by a gradient optimizer, as in Swift.
final class TrainingLoopTests: XCTestCase {
    func testAHandWrittenTrainingLoopMatchesSwift() throws {
        let data = try Digits.load().subset(Array(0..<96))
        let model = MLPClassifier(data: data, hiddenSizes: [8])
        var rng = RandomGenerator(seed: 7)
        var parameters = model.initialParameters(using: &rng)
        var adam = try Adam(lr: 0.01)
        var expected = ""
        for batch in rng.miniBatches(count: data.count, batchSize: 32) {
            let (loss, gradients) = try model.lossAndGradients(parameters, batch: batch)
            try adam.step(&parameters, gradients: gradients)
            expected += "\(loss) \(batch.count)\n"
        }
        expected += "\(try model.fullLoss(parameters)) \(try model.accuracy(parameters, on: data)) "
        expected += "\(try model.predict(parameters, features: data.features).prefix(5)) \(try model.loss(parameters, batch: [0, 1]))\n"
        let block = """
            let data = try Digits.load().subset(Array(0..<96))
            let model = MLPClassifier(data: data, hiddenSizes: [8])
            var rng = RandomGenerator(seed: 7)
            var parameters = model.initialParameters(using: &rng)
            var adam = try Adam(lr: 0.01)
            for batch in rng.miniBatches(count: data.count, batchSize: 32) {
                let (loss, gradients) = try model.lossAndGradients(parameters, batch: batch)
                try adam.step(&parameters, gradients: gradients)
                print(loss, batch.count)
            }
            print(try model.fullLoss(parameters), try model.accuracy(parameters, on: data), try model.predict(parameters, features: data.features).prefix(5), try model.loss(parameters, batch: [0, 1]))
            """
        let outcome = Session().run(block, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text(expected)])
    }

    func testBadBatchesAndParametersAreErrorsAtTheCall() {
        func errors(_ source: String) -> [String] {
            Session().run("let m = SoftmaxRegression(data: try Digits.load().subset([0, 1, 2]))\n" + source, mode: .normal)
                .diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
        XCTAssertEqual(errors("var g = RandomGenerator(seed: 1)\nlet p = m.initialParameters(using: &g)\nlet l = try m.loss(p, batch: [3])"),
                       ["4:13: batch: indices must lie in 0..<3"])
        XCTAssertEqual(errors("let l = try m.lossAndGradients([], batch: [0])"),
                       ["2:13: shape mismatch: SoftmaxRegression expects parameters of shapes [[3, 64], [3]], got []"])
        XCTAssertEqual(errors("var g = RandomGenerator(seed: 1)\nlet b = g.miniBatches(count: 3, batchSize: 0)"),
                       ["3:9: miniBatches needs batchSize > 0, got 0"])
        XCTAssertEqual(errors("let g = RandomGenerator(seed: 1)\nlet p = m.initialParameters(using: &g)"),
                       ["3:36: cannot pass immutable value as inout argument: 'g' is a 'let' constant"])
    }
}

/// Smaller members of Optim's types, each as Swift computes it: a jet's derivatives as a vector
/// and matrix, `Matrix.scalarCount`, `RandomGenerator.uniform(in:)` and `next()`, and
/// `Muon.orthogonalize`.
final class OptimMembersTests: XCTestCase {
    func testTheyMatchSwift() throws {
        let xs = Jet.variables(at: Vector([1.0, 2.0]), order: 2)
        let f = xs[0] * xs[0] * xs[1]
        var g = RandomGenerator(seed: 3)
        var expected = "\(f.packedHessian) \(f.gradientVector(dimension: 2)) \(f.hessianMatrix(dimension: 2))\n"
        expected += "\(Jet(3).gradientVector(dimension: 3)) \(try Matrix.scalarCount(rows: 3, cols: 4))\n"
        expected += "\(g.uniform(in: 2.0..<3.0)) \(g.next())\n"
        expected += "\(Muon.orthogonalize(Matrix([[3.0, 1.0], [0.0, 0.5], [1.0, 1.0]]), steps: 4))\n"
        let outcome = Session().run("""
            let xs = Jet.variables(at: Vector([1.0, 2.0]), order: 2)
            let f = xs[0] * xs[0] * xs[1]
            var g = RandomGenerator(seed: 3)
            print(f.packedHessian, f.gradientVector(dimension: 2), f.hessianMatrix(dimension: 2))
            print(Jet(3).gradientVector(dimension: 3), try Matrix.scalarCount(rows: 3, cols: 4))
            print(g.uniform(in: 2.0..<3.0), g.next())
            print(Muon.orthogonalize(Matrix([[3.0, 1.0], [0.0, 0.5], [1.0, 1.0]]), steps: 4))
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text(expected)])
    }

    func testWhereSwiftTrapsTheCallIsAnError() {
        func errors(_ source: String) -> [String] {
            Session().run(source, mode: .normal).diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
        XCTAssertEqual(errors("let x = Jet.variables(at: Vector([1.0]), order: 2)[0]\nlet h = x.hessianMatrix(dimension: 2)"),
                       ["2:9: Index out of range: the jet's Hessian has dimension less than 2"])
        XCTAssertEqual(errors("let m = Muon.orthogonalize(Matrix([[1.0]]), steps: -1)"),
                       ["1:9: Muon.orthogonalize needs 0 ≤ steps ≤ 100, got -1"])
        XCTAssertEqual(errors("let n = try Matrix.scalarCount(rows: -1, cols: 2)"),
                       ["1:13: invalid argument: matrix size -1×2 is negative"])
    }
}
