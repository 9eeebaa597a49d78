import Optim
import XCTest

/// The torch.optim ports against trajectories recorded from PyTorch (`Fixtures/record_torch.py`):
/// every configuration is replayed step by step and must stay within a normwise relative error
/// ‖θ_swift − θ_torch‖∞ / ‖θ_torch‖∞ ≤ 1e-12 at every step.
final class TorchOptimizerTests: XCTestCase {
    typealias Options = TorchFixture.Options

    func testSGDMatchesTorch() throws {
        try checkTrajectories("SGD") { o in
            try SGD(
                lr: o.number("lr"), momentum: o.number("momentum"), dampening: o.number("dampening"),
                weightDecay: o.number("weightDecay"), nesterov: o.flag("nesterov"), maximize: o.flag("maximize"))
        }
    }

    func testAdamMatchesTorch() throws {
        try checkTrajectories("Adam") { o in
            try Adam(
                lr: o.number("lr"), betas: o.pair("betas"), eps: o.number("eps"), weightDecay: o.number("weightDecay"),
                amsgrad: o.flag("amsgrad"), maximize: o.flag("maximize"),
                decoupledWeightDecay: o.flag("decoupledWeightDecay"))
        }
    }

    func testAdamWMatchesTorch() throws {
        try checkTrajectories("AdamW") { o in
            try AdamW(
                lr: o.number("lr"), betas: o.pair("betas"), eps: o.number("eps"), weightDecay: o.number("weightDecay"),
                amsgrad: o.flag("amsgrad"), maximize: o.flag("maximize"))
        }
    }

    func testRMSpropMatchesTorch() throws {
        try checkTrajectories("RMSprop") { o in
            try RMSprop(
                lr: o.number("lr"), alpha: o.number("alpha"), eps: o.number("eps"), weightDecay: o.number("weightDecay"),
                momentum: o.number("momentum"), centered: o.flag("centered"), maximize: o.flag("maximize"))
        }
    }

    func testAdagradMatchesTorch() throws {
        try checkTrajectories("Adagrad") { o in
            try Adagrad(
                lr: o.number("lr"), lrDecay: o.number("lrDecay"), weightDecay: o.number("weightDecay"),
                initialAccumulatorValue: o.number("initialAccumulatorValue"), eps: o.number("eps"),
                maximize: o.flag("maximize"))
        }
    }

    func testNAdamMatchesTorch() throws {
        try checkTrajectories("NAdam") { o in
            try NAdam(
                lr: o.number("lr"), betas: o.pair("betas"), eps: o.number("eps"), weightDecay: o.number("weightDecay"),
                momentumDecay: o.number("momentumDecay"), decoupledWeightDecay: o.flag("decoupledWeightDecay"),
                maximize: o.flag("maximize"))
        }
    }

    func testRAdamMatchesTorch() throws {
        try checkTrajectories("RAdam") { o in
            try RAdam(
                lr: o.number("lr"), betas: o.pair("betas"), eps: o.number("eps"), weightDecay: o.number("weightDecay"),
                decoupledWeightDecay: o.flag("decoupledWeightDecay"), maximize: o.flag("maximize"))
        }
    }

    func testAdamaxMatchesTorch() throws {
        try checkTrajectories("Adamax") { o in
            try Adamax(
                lr: o.number("lr"), betas: o.pair("betas"), eps: o.number("eps"), weightDecay: o.number("weightDecay"),
                maximize: o.flag("maximize"))
        }
    }

    /// Every initialiser's defaults are the ones torch reported when the fixtures were recorded.
    func testDefaultsAreTorchs() throws {
        func pair(_ betas: (Double, Double)) -> TorchFixture.Option { .pair(betas.0, betas.1) }
        let sgd = try SGD()
        try assertDefaults(
            "SGD",
            [
                "lr": .number(sgd.lr), "momentum": .number(sgd.momentum), "dampening": .number(sgd.dampening),
                "weightDecay": .number(sgd.weightDecay), "nesterov": .flag(sgd.nesterov),
                "maximize": .flag(sgd.maximize),
            ])
        let adam = try Adam()
        try assertDefaults(
            "Adam",
            [
                "lr": .number(adam.lr), "betas": pair(adam.betas), "eps": .number(adam.eps),
                "weightDecay": .number(adam.weightDecay), "amsgrad": .flag(adam.amsgrad),
                "maximize": .flag(adam.maximize), "decoupledWeightDecay": .flag(adam.decoupledWeightDecay),
            ])
        let adamW = try AdamW()
        try assertDefaults(
            "AdamW",
            [
                "lr": .number(adamW.lr), "betas": pair(adamW.betas), "eps": .number(adamW.eps),
                "weightDecay": .number(adamW.weightDecay), "amsgrad": .flag(adamW.amsgrad),
                "maximize": .flag(adamW.maximize), "decoupledWeightDecay": .flag(adamW.decoupledWeightDecay),
            ])
        let rmsprop = try RMSprop()
        try assertDefaults(
            "RMSprop",
            [
                "lr": .number(rmsprop.lr), "alpha": .number(rmsprop.alpha), "eps": .number(rmsprop.eps),
                "weightDecay": .number(rmsprop.weightDecay), "momentum": .number(rmsprop.momentum),
                "centered": .flag(rmsprop.centered), "maximize": .flag(rmsprop.maximize),
            ])
        let adagrad = try Adagrad()
        try assertDefaults(
            "Adagrad",
            [
                "lr": .number(adagrad.lr), "lrDecay": .number(adagrad.lrDecay),
                "weightDecay": .number(adagrad.weightDecay),
                "initialAccumulatorValue": .number(adagrad.initialAccumulatorValue), "eps": .number(adagrad.eps),
                "maximize": .flag(adagrad.maximize),
            ])
        let nadam = try NAdam()
        try assertDefaults(
            "NAdam",
            [
                "lr": .number(nadam.lr), "betas": pair(nadam.betas), "eps": .number(nadam.eps),
                "weightDecay": .number(nadam.weightDecay), "momentumDecay": .number(nadam.momentumDecay),
                "decoupledWeightDecay": .flag(nadam.decoupledWeightDecay), "maximize": .flag(nadam.maximize),
            ])
        let radam = try RAdam()
        try assertDefaults(
            "RAdam",
            [
                "lr": .number(radam.lr), "betas": pair(radam.betas), "eps": .number(radam.eps),
                "weightDecay": .number(radam.weightDecay), "decoupledWeightDecay": .flag(radam.decoupledWeightDecay),
                "maximize": .flag(radam.maximize),
            ])
        let adamax = try Adamax()
        try assertDefaults(
            "Adamax",
            [
                "lr": .number(adamax.lr), "betas": pair(adamax.betas), "eps": .number(adamax.eps),
                "weightDecay": .number(adamax.weightDecay), "maximize": .flag(adamax.maximize),
            ])
    }

    // MARK: - Helpers

    /// Replays every configuration of `Fixtures/Torch/<name>.json` and reports the largest error.
    private func checkTrajectories<Optimizer: GradientOptimizer>(
        _ name: String, file: StaticString = #filePath, line: UInt = #line,
        make: (Options) throws -> Optimizer
    ) throws {
        let fixture = try TorchFixture.load(name)
        XCTAssertGreaterThanOrEqual(fixture.configurations.count, 3, file: file, line: line)
        var worst = 0.0
        for configuration in fixture.configurations {
            let options = fixture.resolvedOptions(configuration)
            var optimizer = try make(options)
            let errors = try TorchFixture.replay(configuration, with: &optimizer, maximize: options.flag("maximize"))
            XCTAssertGreaterThanOrEqual(errors.count, 50, file: file, line: line)
            if let step = errors.firstIndex(where: { !($0 <= 1e-12) }) {
                XCTFail(
                    "\(name) \(configuration.name): relative error \(errors[step]) at step \(step + 1)",
                    file: file, line: line)
            }
            worst = max(worst, errors.max() ?? .infinity)
        }
        print(
            "torch \(fixture.torch) \(name): \(fixture.configurations.count) configurations × "
                + "\(fixture.configurations[0].steps) steps, max relative error \(worst)")
    }

    private func assertDefaults(
        _ name: String, _ swift: [String: TorchFixture.Option], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertEqual(swift, try TorchFixture.load(name).defaults, "\(name) defaults", file: file, line: line)
    }
}
