import Interpreter
import XCTest

/// Diagnostics like swiftc's: every error of a block in one build, no cascades, suggestions for
/// near-miss names, members and labels.
final class DiagnosticsTests: XCTestCase {
    /// The diagnostics of `source` run in a fresh session, as `line:column: message`.
    private func errors(_ source: String, in session: Session = Session()) -> [String] {
        session.run(source, mode: .normal).diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
    }

    func testEveryErrorOfABlockIsReportedAndTheBlockDoesNotRun() {
        let outcome = Session().run("""
            print("before")
            let a = undefinedName + 1
            let b: Int = "text"
            func f(x: Int) -> Int { x }
            print(f(y: 2))
            print("after")
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map { "\($0.line):\($0.column)" }, ["2:9", "3:14", "5:8"])
        XCTAssertTrue(outcome.diagnostics[0].message.hasPrefix("cannot find 'undefinedName' in scope"))
        XCTAssertTrue(outcome.diagnostics[1].message.contains("cannot convert value of type 'String'"))
        XCTAssertTrue(outcome.diagnostics[2].message.contains("incorrect argument label"))
        XCTAssertEqual(outcome.outputs, [], "a block with errors does not run")
        XCTAssertEqual(outcome.status, .failed)
    }

    func testErrorsInFunctionBodiesLoopsAndMethodsAreAllReported() {
        let found = errors("""
            func step(_ x: Double) -> Double {
                let y = x * rate
                return y
            }
            struct Model {
                var w = 1.0
                func loss() -> Double { w * missing }
            }
            for i in 0..<3 {
                print(i + "one")
            }
            """)
        XCTAssertEqual(found.count, 3, "\(found)")
        XCTAssertTrue(found[0].hasPrefix("2:17: cannot find 'rate' in scope"), "\(found)")
        XCTAssertTrue(found[1].hasPrefix("7:33: cannot find 'missing' in scope"), "\(found)")
        XCTAssertTrue(found[2].hasPrefix("10:"), "\(found)")
    }

    func testAUseOfAFailedDeclarationIsNotReportedAgain() {
        let found = errors("""
            let x = undefinedThing + 1
            print(x * 2)
            let y = x + 1
            print(y)
            """)
        XCTAssertEqual(found, ["1:9: cannot find 'undefinedThing' in scope"])
    }

    func testAnUnknownNameIsBlamedRatherThanAnotherOverloadsArgument() {
        let found = errors("import Optim\nlet opt = try Adam(lr: unknownRate, eps: 1e-8)")
        XCTAssertEqual(found, ["2:24: cannot find 'unknownRate' in scope"])
    }

    func testNamesOfAFailedBlockGetOneErrorSayingWhereTheyWere() {
        let session = Session()
        XCTAssertEqual(errors("let a = 1\nlet b = nope", in: session).count, 1)
        let later = session.run("print(a + 1)\nprint(a * 2)\nprint(b)", mode: .normal)
        XCTAssertEqual(later.diagnostics.map(\.message), [
            "cannot find 'a' in scope: it is declared in a block that failed",
            "cannot find 'b' in scope: it is declared in a block that failed",
        ])
        XCTAssertEqual(later.diagnostics.map(\.failedDeclaration), [
            FailedDeclaration(block: 0, line: 1, column: 1), FailedDeclaration(block: 0, line: 2, column: 1),
        ])
        // Declared again by a block that runs, the name is an ordinary name.
        XCTAssertEqual(errors("let a = 2", in: session), [])
        XCTAssertEqual(printed(session.run("print(a)", mode: .normal)), ["2"])
    }

    func testAFailedBlocksExtensionMembersSaySoOnce() {
        let session = Session()
        let first = """
            extension Double { var percent: String { "\\(self * 100)%" } }
            let broken = nope
            """
        XCTAssertEqual(errors(first, in: session).count, 1)
        let later = session.run("print(0.5.percent)\nprint(0.25.percent)\nprint(0.5.permille)", mode: .normal)
        XCTAssertEqual(later.diagnostics.map(\.message), [
            "value of type 'Double' has no member 'percent': it is declared in an extension in a block that failed",
            "value of type 'Double' has no member 'permille'",
        ])
        XCTAssertEqual(later.diagnostics.first?.failedDeclaration, FailedDeclaration(block: 0, line: 1, column: 1))
        // Declared again by a block that runs, the member is an ordinary member.
        XCTAssertEqual(errors("extension Double { var percent: String { \"\\(self * 100)%\" } }", in: session), [])
        XCTAssertEqual(printed(session.run("print(0.5.percent)", mode: .normal)), ["50.0%"])
    }

    func testAFailedBlocksTypeSaysSoWhereALookupWasTriedFirst() {
        let session = Session()
        XCTAssertEqual(errors("struct Tape { var n: Int = \"x\" }", in: session).count, 1)
        // `Tape.self` and `extension Tape` try the name as other things first: the block still
        // fails with the error, rather than running without the statement.
        for source in ["print(Tape.self)\nprint(1)", "extension Tape { func size() -> Int { n } }"] {
            let later = session.run(source, mode: .normal)
            XCTAssertEqual(later.status, .failed, source)
            XCTAssertEqual(later.diagnostics.map(\.message), ["cannot find 'Tape' in scope: it is declared in a block that failed"], source)
            XCTAssertEqual(printed(later), [], source)
        }
    }

    func testAFailedBlocksFunctionsAndTypesShadowTheLibrarysAndSaySo() {
        let session = Session()
        let first = """
            protocol Stepper { func step(_ x: Double) -> Double }
            func gradient(_ x: [Double]) -> [Double] { x.map { 2 * $0 } }
            let broken = nope
            """
        XCTAssertEqual(errors(first, in: session).count, 1)
        // Not Optim's `gradient(of:at:)`, nor "type not supported".
        let later = session.run("let g = gradient([1.0])\nlet s: Stepper? = nil", mode: .normal)
        XCTAssertEqual(later.diagnostics.map(\.message), [
            "cannot find 'gradient' in scope: it is declared in a block that failed",
            "cannot find 'Stepper' in scope: it is declared in a block that failed",
        ])
        XCTAssertEqual(later.diagnostics.map(\.failedDeclaration), [
            FailedDeclaration(block: 0, line: 2, column: 1), FailedDeclaration(block: 0, line: 1, column: 1),
        ])
    }

    func testAnInlineValueUsingAFailedDeclarationSaysSo() {
        let session = Session()
        _ = session.run("let rate = 0.1\nlet broken = rate + nope", mode: .normal)
        guard case .failure(let d) = session.evaluate(inline: "rate * 2") else { return XCTFail("it evaluated") }
        XCTAssertEqual(d.message, "cannot find 'rate' in scope: it is declared in a block that failed")
        XCTAssertEqual(d.failedDeclaration, FailedDeclaration(block: 0, line: 1, column: 1))
    }

    func testSuggestionsForNamesMembersAndLabels() {
        XCTAssertEqual(errors("let learningRate = 0.1\nprint(learningRat)"),
                       ["2:7: cannot find 'learningRat' in scope; did you mean 'learningRate'?"])
        XCTAssertEqual(errors("struct P { var value: Double }\nlet p = P(value: 1)\nprint(p.valeu)"),
                       ["3:9: value of type 'P' has no member 'valeu'; did you mean 'value'?"])
        XCTAssertEqual(errors("func f(tolerance: Double = 1e-8) {}\nf(tol: 1e-6)"),
                       ["2:8: extra argument 'tol' in call to 'f'; did you mean 'tolerance'?"])
    }

    func testSuggestionsForOptimsLabelsAndMembers() {
        let label = errors("import Optim\nlet opt = try Adam(learningRate: 0.1)")
        XCTAssertEqual(label.count, 1)
        XCTAssertTrue(label.first?.hasSuffix("did you mean 'lr'?") ?? false, "\(label)")
        let epsilon = errors("import Optim\nlet opt = try Adam(lr: 0.1, epsilon: 1e-8)")
        XCTAssertTrue(epsilon.first?.hasSuffix("did you mean 'eps'?") ?? false, "\(epsilon)")
        // A label whose first word is the right one.
        let scale = errors("plot(series: [[1.0, 2.0]], yScale: .log)")
        XCTAssertTrue(scale.first?.hasSuffix("did you mean 'y'?") ?? false, "\(scale)")
    }

    func testAMisspeltTypeGetsASuggestionAndAnUnsupportedSwiftTypeIsNamed() {
        XCTAssertEqual(errors("struct Particle { var x = 0.0 }\nlet ps: [Particl] = []"),
                       ["2:10: cannot find type 'Particl' in scope; did you mean 'Particle'?"])
        XCTAssertEqual(errors("let v: Vectr = Vector([1.0])"), ["1:8: cannot find type 'Vectr' in scope; did you mean 'Vector'?"])
        XCTAssertEqual(errors("let x: Float80 = 1"), ["1:8: not supported in experiment blocks: type 'Float80'"])
    }

    func testAMissingTrySaysSo() {
        XCTAssertEqual(errors("enum E: Error { case bad }\nfunc f() throws -> Int { throw E.bad }\nlet x = f()\nprint(x)"),
                       ["3:9: call can throw but is not marked with 'try'"])
    }

    func testAnErrorInAClosureIsReportedOnce() {
        let found = errors("let ys = [1, 2].map { x -> Int in\n    let y = x + nope\n    return y\n}\nprint(ys)")
        XCTAssertEqual(found, ["2:17: cannot find 'nope' in scope"])
    }

    func testExpectErrorShowsTheFirstError() {
        let outcome = Session().run("let a: Int = \"x\"\nlet b = nope", mode: .expectError)
        XCTAssertEqual(outcome.status, .ok)
        XCTAssertTrue(printed(outcome).first?.hasPrefix("error: 1:14: cannot convert") ?? false, "\(printed(outcome))")
    }
}
