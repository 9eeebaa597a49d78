import Interpreter
import XCTest

/// Inline values in prose: six significant digits by default, or a `String(format:)` conversion.
final class InlineFormattingTests: XCTestCase {
    private func value(_ session: Session, _ expression: String, format: String? = nil) -> String? {
        guard case .value(let v) = session.evaluate(inline: expression, format: format) else { return nil }
        return v
    }

    func testNumbersShowSixSignificantDigitsByDefault() {
        let session = Session()
        _ = session.run("let r = 0.9801980198019802\nlet v = 9.999999992944923\nlet tiny = 1.2345678e-9", mode: .normal)
        XCTAssertEqual(value(session, "r"), "0.980198")
        XCTAssertEqual(value(session, "v"), "10.0")
        XCTAssertEqual(value(session, "tiny"), "1.23457e-09")
        XCTAssertEqual(value(session, "2.5"), "2.5")
        XCTAssertEqual(value(session, "123456789"), "123456789", "an Int keeps every digit")
        XCTAssertEqual(value(session, "[r]"), "[0.9801980198019802]", "only a Double alone is rounded")
    }

    func testAFormatIsAppliedAsStringFormatAppliesIt() {
        let session = Session()
        _ = session.run("let r = 0.9801980198019802\nlet n = 42", mode: .normal)
        for (expression, spec) in [("r", ".3g"), ("r", ".2e"), ("r * 100", ".1f%%"), ("n", "5d"), ("n", "x"), ("\"ab\"", "@")] {
            let expected: String = switch expression {
            case "n": String(format: "%" + spec, 42)
            case "\"ab\"": String(format: "%" + spec, "ab")
            case "r * 100": String(format: "%" + spec, 98.01980198019802)
            default: String(format: "%" + spec, 0.9801980198019802)
            }
            XCTAssertEqual(value(session, expression, format: spec), expected, "\(expression) with %\(spec)")
        }
    }

    func testAFormatThatDoesNotFitTheValueIsAnError() {
        let session = Session()
        for (expression, spec, message) in [("42", ".2f", "expects a Double, got Int"), ("[1.0]", ".2f", "applies to an Int"),
                                            ("1.0", "s", "'%s'"), ("1.0", "k", "unknown conversion")] {
            guard case .failure(let d) = session.evaluate(inline: expression, format: spec) else {
                XCTFail("\(expression) with %\(spec) should fail")
                continue
            }
            XCTAssertTrue(d.message.contains(message), d.message)
        }
    }
}
