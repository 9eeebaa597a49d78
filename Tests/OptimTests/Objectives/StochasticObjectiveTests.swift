import Optim
import XCTest

final class StochasticObjectiveTests: XCTestCase {
    /// A small synthetic problem: 40 samples, 3 features, labels from a noisy linear rule.
    func synthetic(classes: Int) throws -> Dataset {
        var rng = RandomGenerator(seed: 17)
        let x = rng.normalMatrix(rows: 40, cols: 3)
        let labels = (0..<40).map { i in
            let score = x[i, 0] - 0.5 * x[i, 1] + 0.3 * rng.normal()
            return classes == 2 ? (score > 0 ? 1 : 0) : Swift.min(classes - 1, Swift.max(0, Int(score + 1.5)))
        }
        return try Dataset(features: x, labels: labels)
    }

    func assertGradientsMatchFiniteDifferences(_ model: some StochasticObjective, batch: [Int],
                                               file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = RandomGenerator(seed: 3)
        var parameters = model.initialParameters(using: &rng)
        parameters = parameters.map { Tensor(shape: $0.shape, scalars: $0.scalars.map { $0 + 0.3 * rng.normal() }) }
        let (loss, gradients) = try model.lossAndGradients(parameters, batch: batch)
        // The forward-only loss is the same computation, bit for bit.
        XCTAssertEqual(try model.loss(parameters, batch: batch), loss, file: file, line: line)
        let theta = Tensor.flatten(parameters)
        let numeric = try finiteDifferenceGradient({
            try model.lossAndGradients(try Tensor.unflatten($0, like: parameters), batch: batch).loss
        }, at: theta)
        assertClose(Tensor.flatten(gradients), numeric, tolerance: 1e-7, file: file, line: line)
    }

    func testGradientsOfEveryModelAgainstFiniteDifferences() throws {
        let batch = [3, 7, 8, 20, 31]
        var targets = try synthetic(classes: 2)
        targets = try Dataset(features: targets.features, targets: targets.features.column(0) * 2 + 1)
        try assertGradientsMatchFiniteDifferences(LeastSquaresRegression(data: targets), batch: batch)
        try assertGradientsMatchFiniteDifferences(try LogisticRegression(data: try synthetic(classes: 2), l2: 0.1), batch: batch)
        try assertGradientsMatchFiniteDifferences(SoftmaxRegression(data: try synthetic(classes: 3)), batch: batch)
        for activation in [MLPClassifier.Activation.tanh, .relu] {
            let mlp = MLPClassifier(data: try synthetic(classes: 3), hiddenSizes: [5, 4], activation: activation)
            try assertGradientsMatchFiniteDifferences(mlp, batch: batch)
            var rng = RandomGenerator(seed: 5)
            let parameters = mlp.initialParameters(using: &rng)
            let withStatistics = try mlp.lossGradientsAndStatistics(parameters, batch: batch)
            let plain = try mlp.lossAndGradients(parameters, batch: batch)
            XCTAssertEqual(withStatistics.loss, plain.loss)
            XCTAssertEqual(withStatistics.gradients, plain.gradients)
            XCTAssertEqual(withStatistics.statistics.count, 3)
        }
    }

    func testLeastSquaresIsSolvedInOneNewtonOrGaussNewtonStep() throws {
        var rng = RandomGenerator(seed: 4)
        let x = rng.normalMatrix(rows: 30, cols: 2)
        let y = x * Vector([2, -1]) + 0.5
        let model = LeastSquaresRegression(data: try Dataset(features: x, targets: y))
        for run in [try minimize(model, from: .zeros(3), using: Newton(), steps: 1),
                    try minimize(model, from: .zeros(3), using: GaussNewton(), steps: 1)] {
            assertClose(run.finalPoint, [2, -1, 0.5], tolerance: 1e-12)
        }
    }

    func testLogisticFisherEqualsHessianAndNaturalGradientConverges() throws {
        let model = try LogisticRegression(data: try synthetic(classes: 2), l2: 0.01)
        let theta: Vector = [0.2, -0.1, 0.4, 0.05]
        assertClose(try model.fisher(at: theta) + 0.01 * Matrix.identity(4), try model.hessian(at: theta), tolerance: 1e-15)
        assertClose(try model.hessian(at: theta),
                    try finiteDifferenceHessian({ try model.gradient(at: $0) }, at: theta), tolerance: 1e-6)
        let newton = try minimize(model, from: .zeros(4), using: Newton(), steps: 20, tolerance: 1e-12)
        let natural = try minimize(model, from: .zeros(4), using: NaturalGradient(damping: 0.01), steps: 30, tolerance: 1e-10)
        assertClose(natural.finalPoint, newton.finalPoint, tolerance: 1e-8)
        XCTAssertGreaterThan(try model.accuracy([Tensor(natural.finalPoint)], on: model.data), 0.8)
    }
}
