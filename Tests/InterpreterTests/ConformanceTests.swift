import Interpreter
import XCTest

/// Runs every program in `Conformance/` and compares its output, or its error, with the
/// program's own `// expect` comments.
final class ConformanceTests: XCTestCase {
    func testSuiteIsLargeEnough() throws {
        XCTAssertGreaterThanOrEqual(try ConformanceProgram.load(from: ConformanceProgram.root).count, 150)
    }

    func testEveryProgram() throws {
        let programs = try ConformanceProgram.load(from: ConformanceProgram.root)
        XCTAssertFalse(programs.isEmpty)
        for program in programs {
            let outcome = program.run()
            if let (line, column, message) = program.expectedError {
                guard let d = outcome.diagnostics.first else {
                    XCTFail("\(program.name): expected error '\(message)', but it ran: \(printed(outcome))")
                    continue
                }
                XCTAssertEqual("\(d.line):\(d.column)", "\(line):\(column)", "\(program.name): \(d.message)")
                XCTAssertTrue(d.message.contains(message), "\(program.name): got '\(d.message)', expected '\(message)'")
            } else {
                XCTAssertEqual(outcome.diagnostics, [], "\(program.name)")
                XCTAssertEqual(printed(outcome), program.expectedLines, "\(program.name)")
                XCTAssertTrue(outcome.checks.allSatisfy(\.passed), "\(program.name): \(outcome.checks.filter { !$0.passed })")
            }
        }
    }
}

/// The lines a block printed, with REPL values as lines too.
func printed(_ outcome: BlockOutcome) -> [String] {
    var text = ""
    for output in outcome.outputs {
        switch output {
        case .text(let t): text += t
        case .value(let v): text += v + "\n"
        case .table(let header, let rows, _): text += ([header] + rows).map { $0.joined(separator: " | ") }.joined(separator: "\n") + "\n"
        case .figure(_, let title, _): text += "figure \(title ?? "")\n"
        }
    }
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
}
