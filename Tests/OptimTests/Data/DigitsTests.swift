import Optim
import XCTest

final class DigitsTests: XCTestCase {
    func testLoadsAllSamplesScaledWithTheirLabels() throws {
        let digits = try Digits.load()
        XCTAssertEqual(digits.count, 1797)
        XCTAssertEqual(digits.featureCount, 64)
        XCTAssertEqual(digits.classCount, 10)
        XCTAssertEqual((0..<10).map { c in digits.labels.filter { $0 == c }.count },
                       [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        XCTAssertEqual(digits.features.scalars.min(), 0)
        XCTAssertEqual(digits.features.scalars.max(), 1)
        XCTAssertEqual(digits.labels.prefix(5), [0, 1, 2, 3, 4])
        XCTAssertEqual(digits.features[0, 2], 5.0 / 16)
    }

    func testSplitIsDeterministicAndDisjoint() throws {
        let digits = try Digits.load()
        let (train, test) = digits.split(testFraction: 0.2, seed: 0)
        XCTAssertEqual(train.count, 1438)
        XCTAssertEqual(test.count, 359)
        let again = digits.split(testFraction: 0.2, seed: 0)
        XCTAssertEqual(again.train, train)
        XCTAssertNotEqual(digits.split(testFraction: 0.2, seed: 1).test, test)
        XCTAssertEqual(train.labels.count + test.labels.count, 1797)
    }
}
