import Foundation
import Interpreter
import XCTest

/// Runs every program in `Hostile/`: one line each that once trapped weave, hung it or grew its memory
/// without bound (sizes and ranges that overflow, NaN and infinite bounds, models that cannot be built,
/// figures of extreme data). Each must print what its `// expect:` comments list and end with the error its
/// `// expect error: line:col message` comment names, located in the block, well within the time budget.
final class HostileTests: XCTestCase {
    func testEveryHostileProgramEndsWithItsLocatedError() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Hostile", withExtension: nil))
        let programs = try ConformanceProgram.load(from: folder)
        XCTAssertGreaterThanOrEqual(programs.count, 19)
        // A program that ran into its budget ends with the budget's error, which fails the checks
        // below; the wall clock catches one that native work kept from stopping at its budget. It
        // allows the grace a supervisor gives, since a loaded machine slows the ones that complete.
        let budget = 5.0, grace = 5.0
        for program in programs {
            let started = Date()
            let outcome = Session(options: .init(timeBudget: budget)).run(program.source, mode: .normal)
            XCTAssertLessThan(Date().timeIntervalSince(started), budget + grace, "\(program.name) ran past its budget")
            XCTAssertEqual(printed(outcome), program.expectedLines, program.name)
            guard let (line, column, message) = program.expectedError else {
                XCTAssertEqual(outcome.diagnostics, [], program.name)
                continue
            }
            guard let d = outcome.diagnostics.first else {
                XCTFail("\(program.name): expected error '\(message)', but it ran")
                continue
            }
            XCTAssertEqual("\(d.line):\(d.column)", "\(line):\(column)", "\(program.name): \(d.message)")
            XCTAssertTrue(d.message.contains(message), "\(program.name): got '\(d.message)', expected '\(message)'")
        }
    }
}
