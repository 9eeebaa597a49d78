import Optim
import XCTest

/// Sizes, targets and models that once trapped Optim are errors that say what is wrong.
final class HostileInputTests: XCTestCase {
    private let features = Matrix([[1.0], [2.0]])

    private func assertInvalid(_ expression: @autoclosure () throws -> some Any, _ fragment: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            guard case OptimError.invalidArgument(let message) = error else {
                return XCTFail("expected invalidArgument, got \(error)", file: file, line: line)
            }
            XCTAssertTrue(message.contains(fragment), "'\(message)' lacks '\(fragment)'", file: file, line: line)
        }
    }

    func testMatrixSizesAreCheckedWithoutOverflow() throws {
        XCTAssertEqual(try Matrix.scalarCount(rows: 3, cols: 4), 12)
        XCTAssertEqual(try Matrix.scalarCount(rows: 0, cols: Int.max), 0)
        assertInvalid(try Matrix.scalarCount(rows: Int.max, cols: 2), "has more than")
        assertInvalid(try Matrix.scalarCount(rows: -1, cols: -2), "is negative")
        assertInvalid(try Matrix.unvec([1, 2], rows: -1, cols: -2), "matrix size -1×-2 is negative")
        XCTAssertEqual(try Matrix.unvec([1, 2, 3, 4], rows: 2, cols: 2), [[1, 3], [2, 4]])
    }

    func testTargetsMustBeFiniteAndLabelsBelowTwoToTheFiftyThree() throws {
        assertInvalid(try Dataset(features: features, targets: [0, .nan]), "target 1 is nan")
        assertInvalid(try Dataset(features: features, targets: [-.infinity, 0]), "target 0 is -inf")
        assertInvalid(try Dataset(features: features, labels: [0, Int.max]), "got 9223372036854775807")
        assertInvalid(try Dataset(features: features, labels: [-1, 0]), "got -1")
        let regression = try Dataset(features: features, targets: [1e300, 0.5])
        XCTAssertEqual(regression.labels, [-1, 0], "a target that is no label reads as −1, never traps")
        XCTAssertEqual(regression.classCount, 1)
    }

    func testClassifiersCheckTheirLabelsAndPriceTheirParameters() throws {
        let data = try Dataset(features: features, labels: [0, 2])
        XCTAssertEqual(try SoftmaxRegression(data: data).checkedParameterCount(), 3 * 2)
        assertInvalid(try SoftmaxRegression(data: data, classCount: -3).checkedParameterCount(), "classCount ≥ 1, got -3")
        assertInvalid(try SoftmaxRegression(data: data, classCount: 2).checkedParameterCount(), "sample 1 has 2.0")
        XCTAssertEqual(try MLPClassifier(data: data, hiddenSizes: [4]).checkedParameterCount(), 4 * 2 + 3 * 5)
        assertInvalid(try MLPClassifier(data: data, hiddenSizes: [Int.max]).checkedParameterCount(), "more than")
        assertInvalid(try MLPClassifier(data: data, hiddenSizes: [0]).checkedParameterCount(), "positive layer sizes")
        assertInvalid(try LogisticRegression(data: try Dataset(features: features, targets: [0, 0.5])), "sample 1 has 0.5")
        XCTAssertEqual(try LogisticRegression(data: try Dataset(features: features, labels: [0, 1])).checkedParameterCount(), 2)
    }

    func testTrainingOnNoSamplesIsAnError() throws {
        let data = try Dataset(features: features, labels: [0, 1])
        assertInvalid(try train(SoftmaxRegression(data: data.subset([]), classCount: 2), testData: data, using: SGD(lr: 0.1),
                                epochs: 1, batchSize: 2, seed: 1), "at least one training sample")
        assertInvalid(try train(SoftmaxRegression(data: data, classCount: 1), testData: data, using: SGD(lr: 0.1),
                                epochs: 1, batchSize: 2, seed: 1), "needs labels 0..<1")
    }
}
