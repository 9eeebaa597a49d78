import Optim
import XCTest

final class MLPCurvatureTests: XCTestCase {
    /// 30 samples of 3 features and 3 classes, and perturbed initial parameters of a [5, 4] network.
    func model(_ activation: MLPClassifier.Activation) throws -> (MLPClassifier, [Tensor]) {
        var rng = RandomGenerator(seed: 23)
        let x = rng.normalMatrix(rows: 30, cols: 3)
        let labels = (0..<30).map { i in Swift.min(2, Swift.max(0, Int(x[i, 0] + 0.5 * x[i, 2] + 1.5))) }
        let mlp = MLPClassifier(data: try Dataset(features: x, labels: labels), hiddenSizes: [5, 4], activation: activation)
        let parameters = mlp.initialParameters(using: &rng).map {
            Tensor(shape: $0.shape, scalars: $0.scalars.map { $0 + 0.4 * rng.normal() })
        }
        return (mlp, parameters)
    }

    func testHessianVectorProductsAreTheColumnsOfTheFiniteDifferenceHessian() throws {
        let batch = [0, 2, 5, 9, 11, 17, 21, 29]
        for activation in [MLPClassifier.Activation.tanh, .relu] {
            let (mlp, parameters) = try model(activation)
            let theta = Tensor.flatten(parameters)
            let numeric = try finiteDifferenceHessian({
                Tensor.flatten(try mlp.lossAndGradients(try Tensor.unflatten($0, like: parameters), batch: batch).gradients)
            }, at: theta)
            var exact = Matrix.zeros(theta.count, theta.count)
            for j in 0..<theta.count {
                let basis = try Tensor.unflatten(Vector.basis(j, count: theta.count), like: parameters)
                let column = Tensor.flatten(try mlp.hessianVectorProduct(parameters, direction: basis, batch: batch))
                for i in 0..<theta.count { exact[i, j] = column[i] }
            }
            assertClose(exact, numeric, tolerance: 1e-6)
            XCTAssertTrue(exact.isSymmetric(tolerance: 1e-12), "\(activation): H is symmetric")
            // Linearity: H(u + 2v) = Hu + 2Hv for dense directions.
            var rng = RandomGenerator(seed: 4)
            let (u, v) = (rng.normalVector(count: theta.count), rng.normalVector(count: theta.count))
            let product = { (w: Vector) in
                Tensor.flatten(try mlp.hessianVectorProduct(parameters, direction: try Tensor.unflatten(w, like: parameters), batch: batch))
            }
            assertClose(try product(u + 2 * v), exact * (u + 2 * v), tolerance: 1e-12)
        }
    }

    func testAMisshapenDirectionIsRefused() throws {
        let (mlp, parameters) = try model(.tanh)
        XCTAssertThrowsError(try mlp.hessianVectorProduct(parameters, direction: Array(parameters.dropLast()), batch: [0, 1]))
    }
}
