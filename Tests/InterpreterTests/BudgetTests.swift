import Foundation
import Synchronization
import Optim
import XCTest

@testable import Interpreter

/// The time budget holds for a few slow calls as well as for many fast ones, and inside a single
/// long library call.
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

    /// The budget counts the processor time the block uses, so a block that needs a third of it
    /// completes on a machine so loaded that it takes longer than the budget in wall time.
    func testTheBudgetCountsTheBlocksOwnProcessorTimeNotTheMachinesLoad() {
        let session = Session(options: SessionOptions(timeBudget: 1))
        // Ten threads spinning at once: on a machine of a few cores, the block gets a fraction of one.
        let spinning = Atomic<Bool>(true)
        let spinners = (0..<10).map { _ in
            Thread { while spinning.load(ordering: .relaxed) {} }
        }
        spinners.forEach { $0.start() }
        let start = Date()
        let outcome = session.run("var s = 0.0\nfor i in 0..<20_000_000 { s += Double(i) }\nprint(s)", mode: .normal)
        let elapsed = Date().timeIntervalSince(start)
        spinning.store(false, ordering: .relaxed)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [], "took \(elapsed) s of wall time")
        XCTAssertEqual(outcome.outputs, [.text("199999990000000.0\n")])
        XCTAssertFalse(session.wasInterrupted)
    }

    func testEachBlockGetsAFreshBudget() {
        let session = Session(options: SessionOptions(timeBudget: 0.2))
        XCTAssertEqual(session.run("while true {}", mode: .normal).diagnostics.count, 1)
        XCTAssertEqual(session.run("var s = 0\nfor i in 0..<1000 { s += i }\nprint(s)", mode: .normal).outputs, [.text("499500\n")])
        XCTAssertFalse(session.wasInterrupted)
    }

    /// One O(n³) call that would run for minutes stops at its own line and column soon after the
    /// budget, in the same process: Optim's kernel sees the block's interruption and returns, and
    /// its meaningless result is never printed or caught.
    func testASingleLongLibraryCallStopsAtItsLineSoonAfterTheBudget() {
        let calls = [
            ("let m = Matrix(repeating: 1, rows: 3000, cols: 3000)\nlet p = m * m * m\nprint(p[0, 0])", 2, 11),
            ("let m = Matrix(repeating: 1, rows: 3000, cols: 3000)\nlet p = try m.matmul(m)\nprint(p[0, 0])", 2, 13),
            ("let a = Matrix(repeating: 1, rows: 1500, cols: 1500) + Matrix.identity(1500)\nlet b = try a.inverse()\nprint(b[0, 0])", 2, 13),
            ("let a = Matrix(repeating: 1, rows: 800, cols: 800) + Matrix.identity(800)\nlet e = try a.symmetricEigen()\nprint(e.values)", 2, 13),
            // A `catch` must not see the interrupted call's failure as an error of its own.
            ("let a = Matrix(repeating: 1, rows: 1500, cols: 1500) + Matrix.identity(1500)\ndo { _ = try a.inverse() } catch { print(\"caught\", error) }", 2, 14),
        ]
        for (source, line, column) in calls {
            // Each call needs several seconds to minutes; its operands take milliseconds to build.
            let session = Session(options: SessionOptions(timeBudget: 1))
            let start = Date()
            let outcome = session.run(source, mode: .normal)
            let elapsed = Date().timeIntervalSince(start)
            XCTAssertEqual(outcome.diagnostics.map { "\($0.line):\($0.column): \($0.message)" },
                           ["\(line):\(column): time budget of 1 s exceeded"], source)
            XCTAssertEqual(outcome.outputs, [], source)
            XCTAssertTrue(session.wasInterrupted, source)
            XCTAssertLessThan(elapsed, 2.5, source)
        }
    }

    /// Optim used outside a block, with no interruption bound, computes in full.
    func testOptimWithoutAnInterruptionRunsToTheEnd() throws {
        let interruption = Interruption()
        interruption.request()
        let m = Matrix(repeating: 1, rows: 50, cols: 50)
        XCTAssertEqual(try m.matmul(m)[49, 49], 50)
        let cut = try Interruption.$current.withValue(interruption) { try m.matmul(m) }
        XCTAssertEqual(cut[49, 49], 0, "a requested interruption skips the product's rows")
    }
}
