import Optim
import XCTest

final class TrainingTests: XCTestCase {
    func testMLPOnDigitsLearnsAndIsDeterministic() throws {
        let (train, test) = try Digits.load().split(testFraction: 0.2, seed: 0)
        let mlp = MLPClassifier(data: train, hiddenSizes: [32], activation: .tanh)
        let run = try Optim.train(mlp, testData: test, using: try Adam(lr: 1e-2), epochs: 3, batchSize: 64, seed: 1)
        XCTAssertEqual(run.stepLosses.count, 3 * 23)
        XCTAssertEqual(run.trainAccuracy.count, 4)
        XCTAssertEqual(run.snapshots.count, 4)
        XCTAssertEqual(run.snapshots[0].count, 64 * 32 + 32 + 32 * 10 + 10)
        XCTAssertLessThan(run.testAccuracy[0], 0.3)
        XCTAssertGreaterThan(run.testAccuracy[3], 0.9)
        let again = try Optim.train(mlp, testData: test, using: try Adam(lr: 1e-2), epochs: 3, batchSize: 64, seed: 1)
        XCTAssertEqual(again.stepLosses, run.stepLosses)
        XCTAssertEqual(again.snapshots, run.snapshots)
    }

    func testKFACTrainsTheMLP() throws {
        let (train, test) = try Digits.load().split(testFraction: 0.2, seed: 0)
        let mlp = MLPClassifier(data: train, hiddenSizes: [32], activation: .relu)
        let run = try Optim.train(mlp, testData: test, using: KFAC(), epochs: 2, batchSize: 128, seed: 2, snapshotEvery: 6)
        XCTAssertGreaterThan(run.testAccuracy[2], 0.9)
        XCTAssertEqual(run.snapshots.count, 1 + 24 / 6)
    }

    func testSoftmaxRegressionWithMuonLionAndShampoo() throws {
        let (train, test) = try Digits.load().split(testFraction: 0.2, seed: 0)
        let model = SoftmaxRegression(data: train)
        let muon = try Optim.train(model, testData: test, using: Muon(lr: 0.05), epochs: 2, batchSize: 64, seed: 3)
        XCTAssertGreaterThan(muon.testAccuracy[2], 0.85)
        let lion = try Optim.train(model, testData: test, using: Lion(lr: 3e-3), epochs: 2, batchSize: 64, seed: 3)
        XCTAssertGreaterThan(lion.testAccuracy[2], 0.85)
        let shampoo = try Optim.train(model, testData: test, using: Shampoo(lr: 0.3), epochs: 1, batchSize: 128, seed: 3)
        XCTAssertGreaterThan(shampoo.testAccuracy[1], 0.85)
    }
}
