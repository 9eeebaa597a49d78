import Foundation
import XCTest

@testable import Interpreter

/// The time budget holds for a few slow calls as well as for many fast ones.
final class BudgetTests: XCTestCase {
    func testAShortLoopOfSlowNativeCallsStopsAtTheFirstTickPastTheBudget() {
        let session = Session(options: SessionOptions(timeBudget: 0.3))
        let start = Date()
        let outcome = session.run(
            """
            var done = 0
            for _ in 0..<200 {
                let m = Matrix(repeating: 1, rows: 300, cols: 300)
                let p = m * m
                done += 1
            }
            print(done)
            """, mode: .normal)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(outcome.diagnostics.map(\.message), ["time budget of 0.3 s exceeded"])
        XCTAssertTrue(session.wasInterrupted)
        // 200 products take several seconds; the block stops within a product or two of 0.3 s.
        XCTAssertLessThan(elapsed, 2.0)
    }

    func testEachBlockGetsAFreshBudget() {
        let session = Session(options: SessionOptions(timeBudget: 0.2))
        XCTAssertEqual(session.run("while true {}", mode: .normal).diagnostics.count, 1)
        XCTAssertEqual(session.run("var s = 0\nfor i in 0..<1000 { s += i }\nprint(s)", mode: .normal).outputs, [.text("499500\n")])
        XCTAssertFalse(session.wasInterrupted)
    }
}
