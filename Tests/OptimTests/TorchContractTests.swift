import Optim
import XCTest

/// The torch.optim ports' contract beyond the recorded trajectories: torch's argument errors, shape
/// errors naming both shapes, lazily created state, and results that do not depend on how a large
/// update is split over threads.
final class TorchContractTests: XCTestCase {
    func testInvalidHyperparametersThrowTorchsMessages() {
        let cases: [(String, () throws -> Any)] = [
            ("Invalid learning rate: -1.0", { try SGD(lr: -1) }),
            ("Invalid momentum value: -0.5", { try SGD(momentum: -0.5) }),
            ("Invalid weight_decay value: -0.1", { try SGD(weightDecay: -0.1) }),
            ("Nesterov momentum requires a momentum and zero dampening", { try SGD(nesterov: true) }),
            ("Nesterov momentum requires a momentum and zero dampening",
             { try SGD(momentum: 0.9, dampening: 0.1, nesterov: true) }),
            ("Invalid learning rate: nan", { try Adam(lr: .nan) }),
            ("Invalid epsilon value: -1e-08", { try Adam(eps: -1e-8) }),
            ("Invalid beta parameter at index 0: 1.0", { try Adam(betas: (1, 0.999)) }),
            ("Invalid beta parameter at index 1: -0.1", { try AdamW(betas: (0.9, -0.1)) }),
            ("Invalid weight_decay value: -0.01", { try AdamW(weightDecay: -0.01) }),
            ("Invalid alpha value: -0.99", { try RMSprop(alpha: -0.99) }),
            ("Invalid momentum value: -1.0", { try RMSprop(momentum: -1) }),
            ("Invalid lr_decay value: -0.1", { try Adagrad(lrDecay: -0.1) }),
            ("Invalid initial_accumulator_value value: -1.0", { try Adagrad(initialAccumulatorValue: -1) }),
            ("Invalid momentum_decay value: -0.004", { try NAdam(momentumDecay: -0.004) }),
            ("Invalid beta parameter at index 0: 1.5", { try RAdam(betas: (1.5, 0.999)) }),
            ("Invalid epsilon value: -1.0", { try Adamax(eps: -1) }),
        ]
        for (message, make) in cases {
            XCTAssertThrowsError(try make(), message) { error in
                XCTAssertEqual(error as? OptimError, .invalidArgument(message))
            }
        }
    }

    func testShapeErrorsNameBothShapes() throws {
        var adam = try Adam()
        var parameters = [Tensor(repeating: 1, shape: [2, 3])]
        XCTAssertThrowsError(try adam.step(&parameters, gradients: [Tensor(repeating: 1, shape: [3, 2])])) { error in
            XCTAssertEqual(
                error as? OptimError,
                .shapeMismatch("Adam.step: gradient 0 has shape [3, 2] but parameter 0 has shape [2, 3]"))
        }
        XCTAssertThrowsError(try adam.step(&parameters, gradients: [])) { error in
            XCTAssertEqual(error as? OptimError, .shapeMismatch("Adam.step: 1 parameter tensors but 0 gradients"))
        }
        XCTAssertEqual(adam.stepCount, 0, "a rejected step changes nothing")

        try adam.step(&parameters, gradients: [Tensor(repeating: 1, shape: [2, 3])])
        var other = [Tensor(repeating: 1, shape: [6])]
        XCTAssertThrowsError(try adam.step(&other, gradients: [Tensor(repeating: 1, shape: [6])])) { error in
            XCTAssertEqual(
                error as? OptimError,
                .shapeMismatch("Adam.step: parameter 0 has shape [6] but the state was created for shape [2, 3]"))
        }
        var more = parameters + parameters
        let moreGradients = more
        XCTAssertThrowsError(try adam.step(&more, gradients: moreGradients)) { error in
            XCTAssertEqual(
                error as? OptimError,
                .shapeMismatch("Adam.step: 2 parameter tensors but the state was created for 1"))
        }
    }

    /// torch's first momentum buffer is the gradient itself: no dampening on step 1.
    func testFirstSGDMomentumBufferIsTheGradient() throws {
        var sgd = try SGD(lr: 0.1, momentum: 0.9, dampening: 0.5)
        XCTAssertTrue(sgd.momentumBuffers.isEmpty, "state is created on the first step")
        var parameters = [Tensor(shape: [2], scalars: [1, 2])]
        try sgd.step(&parameters, gradients: [Tensor(shape: [2], scalars: [4, -8])])
        XCTAssertEqual(sgd.momentumBuffers, [Tensor(shape: [2], scalars: [4, -8])])
        XCTAssertEqual(parameters[0].scalars, [1 - 0.1 * 4, 2 + 0.1 * 8])
        try sgd.step(&parameters, gradients: [Tensor(shape: [2], scalars: [2, 2])])
        XCTAssertEqual(sgd.momentumBuffers[0].scalars, [4 * 0.9 + 0.5 * 2, -8 * 0.9 + 0.5 * 2])
    }

    /// Adagrad's accumulator starts at `initialAccumulatorValue`; RMSprop has no bias correction.
    func testAccumulatorsStartWhereTorchStarts() throws {
        var adagrad = try Adagrad(lr: 1, initialAccumulatorValue: 3)
        var parameters = [Tensor(shape: [1], scalars: [0])]
        try adagrad.step(&parameters, gradients: [Tensor(shape: [1], scalars: [1])])
        XCTAssertEqual(adagrad.sums[0].scalars, [4])
        XCTAssertEqual(parameters[0].scalars, [-1 / (2 + 1e-10)])

        var rmsprop = try RMSprop(lr: 1, alpha: 0.75, eps: 0)
        parameters = [Tensor(shape: [1], scalars: [0])]
        try rmsprop.step(&parameters, gradients: [Tensor(shape: [1], scalars: [2])])
        XCTAssertEqual(rmsprop.squareAvgs[0].scalars, [1], "(1 − α)·g² with no bias correction")
        XCTAssertEqual(parameters[0].scalars, [-2])
    }

    /// A tensor large enough to be split over threads gets the same bits as small tensors updated
    /// on one thread.
    func testLargeUpdatesDoNotDependOnTheSplit() throws {
        let count = 3 << 16 + 7
        let parameters = (0..<count).map { Double($0 % 101) / 50 - 1 }
        let gradients = (0..<count).map { Double($0 % 89) / 44 - 1 }
        let pieces = 16
        func slices(_ scalars: [Double]) -> [Tensor] {
            (0..<pieces).map { piece in
                let range = count * piece / pieces..<count * (piece + 1) / pieces
                return Tensor(shape: [range.count], scalars: Array(scalars[range]))
            }
        }
        func check(_ make: () throws -> some GradientOptimizer) throws {
            var whole = try make(), split = try make()
            var wholeParameters = [Tensor(shape: [count], scalars: parameters)]
            var splitParameters = slices(parameters)
            for _ in 0..<3 {
                try whole.step(&wholeParameters, gradients: [Tensor(shape: [count], scalars: gradients)])
                try split.step(&splitParameters, gradients: slices(gradients))
            }
            XCTAssertEqual(wholeParameters[0].scalars, splitParameters.flatMap(\.scalars), "\(type(of: whole))")
        }
        try check { try SGD(lr: 0.1, momentum: 0.9, nesterov: true) }
        try check { try Adam(lr: 0.1, weightDecay: 0.1, amsgrad: true) }
        try check { try AdamW(lr: 0.1) }
        try check { try RMSprop(lr: 0.1, momentum: 0.5, centered: true) }
        try check { try Adagrad(lr: 0.1, lrDecay: 0.1) }
        try check { try NAdam(lr: 0.1, decoupledWeightDecay: true) }
        try check { try RAdam(lr: 0.1) }
        try check { try Adamax(lr: 0.1, weightDecay: 0.1) }
    }
}
