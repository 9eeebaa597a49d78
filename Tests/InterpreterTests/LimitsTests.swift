import Foundation
import Interpreter
import XCTest

/// Time budget, recursion cap and array cap end a block with a clear error, never a hang or crash.
final class LimitsTests: XCTestCase {
    func testInfiniteLoopStopsAtTheTimeBudget() {
        let start = Date()
        let outcome = Session(options: .init(timeBudget: 0.5)).run("var i = 0\nwhile true { i += 1 }", mode: .normal)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(outcome.diagnostics.first?.message, "time budget of 0.5 s exceeded")
        XCTAssertEqual(outcome.diagnostics.first?.line, 2)
    }

    func testInfiniteRecursionWithoutLoopsStopsAtTheBudget() {
        let outcome = Session(options: .init(timeBudget: 0.3, maxCallDepth: 100_000_000)).run(
            "func f(_ n: Int) -> Int { n < 0 ? 0 : f(n - 1) + f(n - 2) }\nprint(f(60))", mode: .normal)
        XCTAssertEqual(outcome.diagnostics.first?.message, "time budget of 0.3 s exceeded")
    }

    func testDeepRecursionHitsTheDepthCapWithoutCrashing() {
        let outcome = Session().run("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\nprint(down(9_000))\nprint(down(1_000_000))",
                                    mode: .normal)
        XCTAssertEqual(outcome.outputs, [.text("9000\n")])
        XCTAssertEqual(outcome.diagnostics.first?.message, "call depth limit of 10000 exceeded (infinite recursion?)")
    }

    func testArraySizeCap() {
        let outcome = Session(options: .init(maxArrayCount: 1000)).run(
            "let ok = Array(repeating: 0, count: 1000)\nlet big = Array(repeating: 0.0, count: 1001)", mode: .normal)
        XCTAssertEqual(outcome.diagnostics.first?.message, "array size limit of 1000 elements exceeded")
        XCTAssertEqual(outcome.diagnostics.first?.line, 2)
        var grow = Session(options: .init(maxArrayCount: 100)).run("var xs: [Int] = []\nfor i in 0..<200 { xs.append(i) }", mode: .normal)
        XCTAssertEqual(grow.diagnostics.first?.message, "array size limit of 100 elements exceeded")
        grow = Session(options: .init(maxArrayCount: 100)).run("let r = (0..<1000).map { $0 }", mode: .normal)
        XCTAssertEqual(grow.status, .failed)
    }
}
