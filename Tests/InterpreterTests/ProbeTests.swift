import Foundation
import Interpreter
import XCTest

/// The differential probe of ordinary Swift: short programs in `Probe/<group>/`, written as a
/// Swift programmer writes Swift (not to fit the interpreter), each compiled with `swiftc` and run
/// through the interpreter. Every program is classified:
///
/// - **pass**: the interpreter ran it without error and printed exactly what compiled Swift printed;
/// - **refused**: the interpreter reported an error (at compile time, or at run time where compiled
///   Swift ran to the end), and everything it printed before the error is a prefix of what compiled
///   Swift printed;
/// - **wrong**: anything else — it ran without error but printed something different, or what it
///   printed before its error differs from compiled Swift.
///
/// The test prints a table per group, the overall pass rate and the refusals grouped by message;
/// it fails on any wrong answer and when the pass count drops below ``passFloor``.
final class ProbeTests: XCTestCase {
    /// The fewest programs of `Probe/` that must pass. A ratchet: raise it whenever the
    /// interpreter passes more programs, never lower it.
    static let passFloor = 328

    /// The fewest programs of `SemanticsProbe/` that must pass (a ratchet too): programs written
    /// to find where an interpreter differs subtly from compiled Swift — the order an assignment
    /// and a call evaluate their parts, which protocol default a type takes, how literals are
    /// typed, value and reference semantics, printing.
    static let semanticsPassFloor = 288

    /// How one probe program fared.
    enum Verdict: CaseIterable {
        case pass, refused, wrong
    }

    func testProbeOfOrdinarySwift() throws {
        try probe("Probe", floor: Self.passFloor, minimumCount: 260, minimumGroups: 17)
    }

    func testProbeOfSwiftSemantics() throws {
        try probe("SemanticsProbe", floor: Self.semanticsPassFloor, minimumCount: 300, minimumGroups: 1)
    }

    /// Runs the programs of `folder`, grouped by their first folder, and fails on any wrong answer
    /// or when fewer than `floor` pass.
    private func probe(_ folder: String, floor: Int, minimumCount: Int, minimumGroups: Int) throws {
        guard CompiledSwift.swiftc != nil else { throw XCTSkip("swiftc is not installed") }
        let programs = try ConformanceProgram.load(from: ConformanceProgram.folder(folder))
        let groups = Dictionary(grouping: programs.indices) { String(programs[$0].name.split(separator: "/")[0]) }
        XCTAssertGreaterThanOrEqual(programs.count, minimumCount)
        XCTAssertGreaterThanOrEqual(groups.count, minimumGroups)

        let compiled = try CompiledSwift.run(programs.map(\.source))
        var verdicts: [Verdict?] = []
        var refusals: [String: [String]] = [:]
        var wrong: [String] = []
        for (program, run) in zip(programs, compiled) {
            guard case .printed(let expected) = run else {
                XCTFail("\(program.name) does not run as compiled Swift: \(run)")
                verdicts.append(nil)
                continue
            }
            let outcome = program.run()
            let text = printed(outcome).joined(separator: "\n")
            let verdict: Verdict
            if let error = outcome.diagnostics.first {
                verdict = expected.hasPrefix(text) ? .refused : .wrong
                if verdict == .refused { refusals[Self.kind(of: error.message), default: []].append(program.name) }
                if verdict == .wrong { wrong.append("\(program.name): printed\n\(text)\nthen \(error.message)\nexpected\n\(expected)") }
            } else {
                var lines = expected.components(separatedBy: "\n")
                if lines.last == "" { lines.removeLast() }
                verdict = printed(outcome) == lines ? .pass : .wrong
                if verdict == .wrong { wrong.append("\(program.name): printed\n\(text)\nexpected\n\(expected)") }
            }
            verdicts.append(verdict)
        }

        print(Self.report(groups: groups, verdicts: verdicts, refusals: refusals))
        XCTAssertEqual(wrong, [], "wrong answers")
        let passed = verdicts.filter { $0 == .pass }.count
        XCTAssertGreaterThanOrEqual(passed, floor, "fewer probe programs pass than the recorded floor")
    }

    /// A refusal's message with names in quotes elided, so refusals of one kind group together:
    /// `cannot find 'x' in scope` and `cannot find 'y' in scope` are one kind.
    static func kind(of message: String) -> String {
        var kind = ""
        var quoted = false
        for c in message {
            if c == "'" {
                quoted.toggle()
                kind += quoted ? "'…" : "'"
            } else if !quoted {
                kind.append(c)
            }
        }
        return kind
    }

    /// The table per group, the overall rate, and the refusals by kind, most common first.
    static func report(groups: [String: [Int]], verdicts: [Verdict?], refusals: [String: [String]]) -> String {
        func count(_ v: Verdict, in indices: [Int]) -> Int { indices.filter { verdicts[$0] == v }.count }
        func row(_ name: String, _ indices: [Int]) -> String {
            name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + Verdict.allCases.map { String(count($0, in: indices)).leftPadded(8) }.joined()
                + String(indices.count).leftPadded(8)
        }
        var lines = ["probe group     " + ["pass", "refused", "wrong", "total"].map { $0.leftPadded(8) }.joined()]
        lines += groups.keys.sorted().map { row($0, groups[$0]!) }
        let all = Array(verdicts.indices)
        lines.append(row("all", all))
        lines.append(String(format: "pass rate %.1f%%", 100 * Double(count(.pass, in: all)) / Double(max(all.count, 1))))
        lines.append("refusals by message:")
        for (kind, names) in refusals.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
            lines.append("\(String(names.count).leftPadded(4))  \(kind)  (\(names.prefix(3).joined(separator: ", "))\(names.count > 3 ? ", …" : ""))")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - count)) + self
    }
}
