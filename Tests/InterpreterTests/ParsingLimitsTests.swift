import Foundation
import XCTest

@testable import Interpreter

/// Code that would make SwiftParser take exponential time is refused before it is parsed.
final class ParsingLimitsTests: XCTestCase {
    func testALongRunOfOpeningBracketsIsRefusedAtTheFirstOnePastTheLimit() {
        let nested = "let a = " + String(repeating: "[", count: 20) + "1" + String(repeating: "]", count: 20)
        let outcome = Session().run(nested, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map { "\($0.line):\($0.column)" }, ["1:17"])
        XCTAssertTrue(outcome.diagnostics[0].message.hasPrefix("more than 8 consecutive '['"))
        let stray = "let x = 1\n" + String(repeating: "[ ", count: 20)
        XCTAssertEqual(Session().run(stray, mode: .normal).diagnostics.map(\.line), [2])
    }

    func testOrdinaryNestingAndBracketsInStringsAndCommentsAreAccepted() {
        let source = """
            let m: [[[Double]]] = [[[1, 2], [3]], [[4]]]
            let s = "[[[[[[[[[[[["  // [[[[[[[[[[[[
            /* [[[[[[[[[[[[ */
            print(m.count, s.count)
            """
        XCTAssertNil(Parsing.refusal(source))
        XCTAssertEqual(Session().run(source, mode: .normal).outputs, [.text("2 12\n")])
        XCTAssertNil(Parsing.refusal("let a = " + String(repeating: "[", count: 8) + "1" + String(repeating: "]", count: 8)))
    }

    func testARunIsFoundWhereSwiftsLexerReadsCode() {
        let run = String(repeating: "[", count: 12) + "1" + String(repeating: "]", count: 12)
        // Found by fuzzing: a stray quote opens a literal that Swift ends at the line's end, and
        // the run on the next line is code again.
        for source in [
            "func\"f(_ a: [Double]) {\nlet x = \(run)", "let s = \"a \\(\(run)) b\"", "let s = #\"\\#(\(run))\"#",
            "let s = \"\"\"\n\\(\(run))\n\"\"\"", "/* /* */ */ let a = \(run)", "let r = /\"/; let a = \(run)",
            "let t = \"x\\\n\(run)",
        ] {
            XCTAssertNotNil(Parsing.refusal(source), source)
        }
        // And text stays text: literals of every kind, comments (which nest) and regex literals.
        for source in [
            "let s = #\"a \\( \" [[[[[[[[[[[[ \"#", "let s = \"\"\"\n\" [[[[[[[[[[[[ \"\n\"\"\"", "let s = \"\\\" [[[[[[[[[[[[\"",
            "/* /* */ [[[[[[[[[[[[ */", "let s = \"\\(\"[[[[[[[[[[[[\")\"",
        ] {
            XCTAssertNil(Parsing.refusal(source), source)
        }
    }

    func testABackslashDeepInsideOpenBracketsIsRefused() {
        // Found by fuzzing: each backslash inside unclosed parentheses doubled the parser's time.
        let hostile = "c(" + String(repeating: "A((((((\\" + String(repeating: "(", count: 20), count: 8)
        let refusal = Parsing.refusal(hostile)
        XCTAssertEqual(refusal.map { "\($0.line):\($0.column)" }, "1:38")
        XCTAssertTrue(refusal?.message.hasPrefix("a '\\' inside more than 16 open brackets") == true, refusal?.message ?? "")
        // Key paths where code has them are fine.
        XCTAssertNil(Parsing.refusal("let n = points.map(\\.x).filter { ($0 > (1)) }.map(\\.magnitude)"))
    }

    func testTooManyOpenBracketsAreRefusedAtTheFirstOnePastTheLimit() {
        // Found by fuzzing: statements among hundreds of unclosed braces took SwiftParser 14 s.
        let hostile = String(repeating: "{", count: 50) + "let a = 1\n" + String(repeating: "{", count: 200) + "let b = 2"
        let refusal = Parsing.refusal(hostile)
        XCTAssertEqual(refusal.map { "\($0.line):\($0.column)" }, "2:15")
        XCTAssertTrue(refusal?.message.hasPrefix("more than 64 brackets open at once") == true, refusal?.message ?? "")
        // Brackets that close do not add up, and 64 open ones are still code.
        XCTAssertNil(Parsing.refusal(String(repeating: "f({ [x] })\n", count: 200)))
        let deepest = String(repeating: "(", count: 64) + "1" + String(repeating: ")", count: 64)
        XCTAssertNil(Parsing.refusal("let a = " + deepest))
    }

    func testTooManyAttributesAreRefused() {
        // Found by fuzzing: a run of '@' made SwiftParser's look-ahead quadratic.
        let hostile = "let a = [1, " + String(repeating: "@x ", count: 100) + "2]"
        let refusal = Parsing.refusal(hostile)
        XCTAssertEqual(refusal.map { "\($0.line):\($0.column)" }, "1:205")
        XCTAssertTrue(refusal?.message.hasPrefix("more than 64 attributes ('@') in one block") == true, refusal?.message ?? "")
        // Attributes where code has them, and '@' in strings and comments, are fine.
        XCTAssertNil(Parsing.refusal("func apply(_ f: @escaping (Double) -> Double) {}\nlet s = \"\(String(repeating: "@", count: 100))\" // @@@@"))
    }

    func testABlockOfManySyntaxErrorsIsDiagnosedAroundTheFirst() {
        // Found by fuzzing: SwiftParser's diagnostics generator rewrites the tree for each missing
        // token, so thousands of errors took it minutes; only the region of the first is diagnosed.
        let broken = String(repeating: "let x = (1, \n}\n", count: 4000)
        let started = Date()
        let outcome = Session().run(broken, mode: .normal)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "diagnosing the block took too long")
        XCTAssertEqual(outcome.diagnostics.first.map { "\($0.line):\($0.column): \($0.message)" }, "1:13: expected value in tuple")
    }

    func testOneSyntaxErrorIsReportedOncePerPlace() {
        let outcome = Session().run("let a = " + String(repeating: "(", count: 14), mode: .normal)
        XCTAssertEqual(outcome.diagnostics.count, 1)
    }
}

/// Inputs that made swift-syntax stop the process, found by fuzzing.
final class ParserTrapTests: XCTestCase {
    func testAnEqualsAfterAnUnreadableCharacterIsAnErrorNotATrap() {
        let outcome = Session().run("let a \u{FFFD}= [5, 6]\nprint(a)", mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map { "\($0.line):\($0.column): \($0.message)" },
                       ["1:10: '=' must have consistent whitespace on both sides"])
    }
}
