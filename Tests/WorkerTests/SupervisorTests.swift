import Foundation
import Interpreter
import XCTest

@testable import Worker

/// The supervisor against the real `weave-worker` executable (built beside the test bundle).
final class SupervisorTests: XCTestCase {
    private func supervisor(_ options: SessionOptions = .init(), _ limits: WorkerLimits = .init()) -> Supervisor {
        Supervisor(executable: Supervisor.defaultExecutable, options: options, limits: limits)
    }

    private func text(_ outcome: BlockOutcome) -> String {
        outcome.outputs.map { if case .text(let s) = $0 { s } else { "" } }.joined()
    }

    private func message(_ outcome: BlockOutcome) -> String? {
        outcome.diagnostics.first?.message
    }

    func testBlocksShareOneSessionInTheWorker() {
        let s = supervisor()
        XCTAssertEqual(s.run("var x = 40", mode: .normal).outcome.status, .ok)
        XCTAssertEqual(text(s.run("x += 2\nprint(x)", mode: .normal).outcome), "42\n")
        guard case .value(let v) = s.evaluate(inline: "x * 2") else { return XCTFail("inline value failed") }
        XCTAssertEqual(v, "84")
    }

    func testBlocksParsedAheadRunAsBlocksParsedWhenTheyRun() throws {
        // Announced blocks (one twice, one the parser must not see) and blocks run out of order
        // or never announced: every block prints, fails and is highlighted as without the list.
        let blocks = [
            "var x = 1\nprint(x)", "x += 1\nprint(x)", "let deep = [[[[[[[[[[1]]]]]]]]]]", "x += 1\nprint(x)",
            "print(\"not announced\", x)", "func f(_ n: Int) -> Int { n * x }\nprint(f(3))", "print(y)",
        ]
        let announced = [blocks[0], blocks[1], blocks[2], blocks[1], blocks[6], blocks[5], blocks[3]]
        // The spare it takes was told other blocks, and some of these, before the note started.
        Supervisor.startSpare(Supervisor.defaultExecutable, likely: ["print(1)", blocks[5], blocks[2], "let y = ["])
        let ahead = Supervisor(executable: Supervisor.defaultExecutable, options: .init(), limits: .init(), upcoming: announced)
        let plain = supervisor()
        for block in blocks {
            let (a, aStyles) = ahead.run(block, mode: .normal, styled: true)
            let (p, pStyles) = plain.run(block, mode: .normal, styled: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            XCTAssertEqual(try encoder.encode(a), try encoder.encode(p), block)
            XCTAssertEqual(aStyles, pStyles, block)
        }
        XCTAssertEqual(text(ahead.run("print(x)", mode: .normal).outcome), "3\n")
        XCTAssertNil(Supervisor.sparePID, "the note took the spare")
    }

    func testACrashFailsOnlyItsBlockAndTheNextBlockSeesTheStateBeforeIt() throws {
        let s = supervisor()
        _ = s.run("var x = 41\nvar log: [Int] = []", mode: .normal).outcome
        let first = try XCTUnwrap(s.workerProcessID)
        // The worker dies of SIGILL (what a Swift trap raises) while the block runs.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { kill(first, SIGILL) }
        let crashed = s.run("log.append(1)\nwhile true { x += 0 }", mode: .normal).outcome
        XCTAssertEqual(crashed.status, .failed)
        XCTAssertEqual(crashed.diagnostics.first?.line, 1)
        XCTAssertTrue(message(crashed)?.hasPrefix("the experiment worker crashed (SIGILL: a Swift runtime trap)") == true, message(crashed) ?? "")
        // A fresh worker replays the first block: x is 41 and the crashed block's append is gone.
        XCTAssertEqual(text(s.run("print(x + 1, log)", mode: .normal).outcome), "42 []\n")
        XCTAssertNotEqual(s.workerProcessID, first)
    }

    func testASpareWorkerServesTheNextNoteAsAFreshWorkerWould() throws {
        let source = "var squares: [Int] = []\nfor i in 1...5 { squares.append(i * i) }\nprint(squares, Int.max)"
        let fresh = text(supervisor().run(source, mode: .normal).outcome)
        Supervisor.startSpare(Supervisor.defaultExecutable)
        let spare = try XCTUnwrap(Supervisor.sparePID)
        Supervisor.startSpare(Supervisor.defaultExecutable)
        XCTAssertEqual(Supervisor.sparePID, spare, "one spare at a time")
        let s = supervisor()
        XCTAssertEqual(text(s.run(source, mode: .normal).outcome), fresh)
        XCTAssertEqual(s.workerProcessID, spare)
        XCTAssertNil(Supervisor.sparePID, "taken")
        // It got its limits with its note, as a fresh worker does.
        XCTAssertTrue(try String(contentsOfFile: "/proc/\(spare)/status", encoding: .utf8).contains("Seccomp:\t2"))
    }

    func testASpareThatDiedIsReplacedByAFreshWorker() throws {
        Supervisor.startSpare(Supervisor.defaultExecutable)
        let spare = try XCTUnwrap(Supervisor.sparePID)
        kill(spare, SIGKILL)
        let s = supervisor()
        XCTAssertEqual(text(s.run("print(6 * 7)", mode: .normal).outcome), "42\n")
        XCTAssertNotEqual(s.workerProcessID, spare)
    }

    /// Native work that does not watch the block's interruption (describing a 16 M-element array;
    /// Optim's O(n³) kernels do watch it, see `BudgetTests`) is ended by the supervisor.
    func testNativeWorkPastTheBudgetIsStoppedAtBudgetPlusGrace() {
        let s = supervisor(SessionOptions(timeBudget: 0.2), WorkerLimits(graceSeconds: 0.3))
        _ = s.run("let a = 3", mode: .normal).outcome
        let start = Date()
        let outcome = s.run("let xs = [Double](repeating: 1.5, count: 16_000_000)\nlet s = \"\\(xs)\"", mode: .normal).outcome
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(message(outcome), "time budget of 0.2 s exceeded (the block was stopped inside a library call)")
        XCTAssertLessThan(elapsed, 3, "the worker must be stopped soon after budget + grace")
        XCTAssertEqual(text(s.run("print(a)", mode: .normal).outcome), "3\n")
    }

    func testMemoryPastTheBudgetStopsTheWorker() {
        let s = supervisor(.init(), WorkerLimits(memoryBytes: 192 << 20))
        let outcome = s.run(
            "var xs: [[Double]] = []\nfor i in 0..<200 { xs.append([Double](repeating: Double(i), count: 1_000_000)) }\nprint(xs.count)",
            mode: .normal).outcome
        XCTAssertEqual(outcome.status, .failed)
        let m = message(outcome) ?? ""
        // Either the supervisor saw the resident memory pass the budget, or the address-space cap
        // made an allocation fail first and the runtime stopped the worker.
        XCTAssertTrue(m == "memory budget of 192 MiB exceeded" || m.hasPrefix("the experiment worker crashed"), m)
        XCTAssertEqual(text(s.run("print(1 + 1)", mode: .normal).outcome), "2\n")
    }

    func testABlockStoppedByItsBudgetIsNotReplayedSoLaterOutputIsDeterministic() {
        let s = supervisor(SessionOptions(timeBudget: 0.2))
        _ = s.run("var n = 0", mode: .normal).outcome
        let stopped = s.run("while true { n += 1 }", mode: .normal).outcome
        XCTAssertEqual(message(stopped), "time budget of 0.2 s exceeded")
        // However far the loop got, the next block sees the state before it.
        XCTAssertEqual(text(s.run("print(n)", mode: .normal).outcome), "0\n")
    }

    func testPrintedOutputIsCappedPerBlock() {
        let s = supervisor(SessionOptions(maxOutputBytes: 1000))
        let outcome = s.run("for i in 0..<10_000 { print(i) }", mode: .normal).outcome
        XCTAssertEqual(outcome.status, .ok)
        let shown = text(outcome)
        XCTAssertTrue(shown.hasSuffix("\n… output truncated after 1000 bytes\n"), String(shown.suffix(80)))
        XCTAssertLessThan(shown.utf8.count, 1100)
    }

    func testNoteOutputIsCappedAcrossBlocks() {
        let s = supervisor(.init(), WorkerLimits(noteOutputBytes: 5000))
        let block = "print(String(repeating: \"x\", count: 2000))"
        XCTAssertEqual(text(s.run(block, mode: .normal).outcome).count, 2001)
        XCTAssertEqual(text(s.run(block, mode: .normal).outcome).count, 2001)
        XCTAssertEqual(text(s.run(block, mode: .normal).outcome), "output omitted: the note's output exceeds 5000 bytes\n")
    }

    func testTheWorkerHighlightsFromTheTreeItRan() throws {
        let s = supervisor()
        let (outcome, styles) = s.run("let x = 1 // one", mode: .normal, styled: true)
        XCTAssertEqual(outcome.status, .ok)
        XCTAssertEqual(try XCTUnwrap(styles).map(\.style), [.keyword, .number, .comment])
        XCTAssertNil(s.run("let x = 2", mode: .normal).styles, "not asked for")
    }

    func testTheWorkerRunsUnderLimitsAndASeccompFilter() throws {
        let s = supervisor(.init(), WorkerLimits(memoryBytes: 512 << 20))
        _ = s.run("let a = 1", mode: .normal)
        let pid = try XCTUnwrap(s.workerProcessID)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        XCTAssertTrue(status.contains("NoNewPrivs:\t1"), status)
        XCTAssertTrue(status.contains("Seccomp:\t2"), status)
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8).split(separator: "\n")
        func limit(_ name: String) -> [Substring]? {
            limits.first { $0.hasPrefix(name) }?.dropFirst(name.count).split(separator: " ")
        }
        XCTAssertEqual(limit("Max file size")?.first, "0")
        XCTAssertEqual(limit("Max core file size")?.first, "0")
        XCTAssertEqual(limit("Max address space")?.first, "\((512 << 20) + (3 << 30))")
        // Data files can still be read (Optim's digits).
        XCTAssertEqual(s.run("print(try Digits.load().count)", mode: .normal).outcome.outputs, [.text("1797\n")])
    }

    func testAMissingWorkerIsAnErrorForEveryBlock() {
        let s = Supervisor(executable: "/nonexistent/weave-worker", options: .init(), limits: .init())
        XCTAssertEqual(message(s.run("print(1)", mode: .normal).outcome), "cannot start the experiment worker /nonexistent/weave-worker: No such file or directory")
        guard case .failure(let d) = s.evaluate(inline: "1") else { return XCTFail("expected a failure") }
        XCTAssertTrue(d.message.hasPrefix("cannot start the experiment worker"))
    }
}
