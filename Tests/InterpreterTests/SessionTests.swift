import Interpreter
import XCTest

/// Blocks sharing state, inline values, REPL display, modes and checks.
final class SessionTests: XCTestCase {
    func testBlocksShareStateTopToBottom() {
        let session = Session()
        XCTAssertEqual(session.run("var losses: [Double] = []\nfunc f(_ x: Double) -> Double { x * x }", mode: .normal).status, .ok)
        XCTAssertEqual(session.run("losses.append(f(3))", mode: .normal).status, .ok)
        let outcome = session.run("print(losses)", mode: .normal)
        XCTAssertEqual(outcome.outputs, [.text("[9.0]\n")])
    }

    func testFailedBlockLeavesEarlierStateIntact() {
        let session = Session()
        _ = session.run("let a = 1", mode: .normal)
        let failed = session.run("let b = 2\nlet c = a / 0", mode: .normal)
        XCTAssertEqual(failed.status, .failed)
        XCTAssertEqual(session.run("print(a)", mode: .normal).outputs, [.text("1\n")])
        XCTAssertEqual(session.run("print(b)", mode: .normal).diagnostics.first?.message,
                       "cannot find 'b' in scope: it is declared in a block that failed")
    }

    func testFailedBlockLeavesNoExtensionBehind() {
        let session = Session()
        _ = session.run("struct P { var x = 1.0 }\nprotocol Named { var name: String { get } }", mode: .normal)
        let failed = session.run("""
            extension P: Named {
                var name: String { "p" }
                func twice() -> Double { 2 * x }
            }
            let n = [1][2]
            """, mode: .normal)
        XCTAssertEqual(failed.status, .failed)
        XCTAssertEqual(session.run("print(P().twice())", mode: .normal).diagnostics.first?.message,
                       "value of type 'P' has no member 'twice'")
        XCTAssertEqual(session.run("let n: any Named = P()", mode: .normal).diagnostics.first?.message,
                       "cannot convert value of type 'P' to specified type 'any Named'")
        XCTAssertEqual(session.run("extension P { func twice() -> Double { 2 * x } }\nprint(P().twice())", mode: .normal).outputs,
                       [.text("2.0\n")])
    }

    func testProtocolExtensionsOfLaterBlocksReachEarlierTypesAndAFailedOneLeavesNothing() {
        let session = Session()
        _ = session.run("""
            protocol Loss { associatedtype T: BinaryFloatingPoint; func value(_ x: T) -> T }
            struct Square: Loss { func value(_ x: Double) -> Double { x * x } }
            struct Absolute: Loss { func value(_ x: Float) -> Float { x < 0 ? -x : x } }
            """, mode: .normal)
        let failed = session.run("""
            extension Loss where T == Double { func name() -> String { "double loss" } }
            extension Loss { func twice(_ x: T) -> T { 2 * value(x) } }
            let n = [1][2]
            """, mode: .normal)
        XCTAssertEqual(failed.status, .failed)
        XCTAssertEqual(session.run("print(Square().name())", mode: .normal).diagnostics.first?.message,
                       "value of type 'Square' has no member 'name'")
        XCTAssertEqual(session.run("print(Square().twice(3))", mode: .normal).diagnostics.first?.message,
                       "value of type 'Square' has no member 'twice'")
        let outcome = session.run("""
            extension Loss where T == Double { func name() -> String { "double loss" } }
            extension Loss { func twice(_ x: T) -> T { 2 * value(x) } }
            struct Cube: Loss { func value(_ x: Double) -> Double { x * x * x } }
            print(Square().name(), Square().twice(3), Absolute().twice(-2), Cube().twice(2), Cube().name())
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text("double loss 18.0 4.0 16.0 double loss\n")])
        XCTAssertEqual(session.run("print(Absolute().name())", mode: .normal).diagnostics.first?.message,
                       "referencing instance method 'name()' on 'Loss' requires the types 'Float' and 'Double' be equivalent")
    }

    func testGenericRequirementCallsReachTypesConformingInLaterBlocks() {
        let session = Session()
        _ = session.run("""
            protocol Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T }
            func use(_ s: any Scheme) -> String { "\\(s.apply(2.0)) \\(s.apply(Float(3)))" }
            struct Twice: Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T { 2 * x } }
            """, mode: .normal)
        XCTAssertEqual(session.run("struct Square: Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x * x } }\nprint(use(Square()), use(Twice()))",
                                   mode: .normal).outputs, [.text("4.0 9.0 4.0 6.0\n")])
        // A failed block's conformance leaves nothing: its type's name is free again.
        let failed = session.run("struct Cube: Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x * x * x } }\nlet n = [1][2]", mode: .normal)
        XCTAssertEqual(failed.status, .failed)
        let outcome = session.run("struct Cube: Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T { -x } }\nprint(use(Cube()))", mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [])
        XCTAssertEqual(outcome.outputs, [.text("-2.0 -3.0\n")])
    }

    func testLastBareExpressionIsShown() {
        let session = Session()
        let outcome = session.run("let xs = [1.0, 2.0]\nprint(\"sum\")\nxs.map { $0 * 2 }", mode: .normal)
        XCTAssertEqual(outcome.outputs, [.text("sum\n"), .value("[2.0, 4.0]")])
        XCTAssertEqual(session.run("0.1 + 0.2", mode: .normal).outputs, [.value("0.30000000000000004")])
        XCTAssertEqual(session.run("var y = 1\ny += 1", mode: .normal).outputs, [])
    }

    func testInlineValues() {
        let session = Session()
        _ = session.run("let eta = 0.05\nlet steps = [10, 20]", mode: .normal)
        guard case .value(let v) = session.evaluate(inline: "eta * 2") else { return XCTFail() }
        XCTAssertEqual(v, "0.1")
        guard case .value(let n) = session.evaluate(inline: "steps.count") else { return XCTFail() }
        XCTAssertEqual(n, "2")
        guard case .failure(let d) = session.evaluate(inline: "missing + 1") else { return XCTFail() }
        XCTAssertEqual(d.message, "cannot find 'missing' in scope")
        XCTAssertEqual(d.column, 1)
    }

    func testExpectErrorMode() {
        let session = Session()
        let outcome = session.run("let x = [1]\nprint(x[5])", mode: .expectError)
        XCTAssertEqual(outcome.status, .ok)
        XCTAssertEqual(outcome.diagnostics.map(\.isError), [false])
        XCTAssertEqual(outcome.outputs, [.text("error: 2:7: index 5 out of range for array of count 1\n")])
        XCTAssertEqual(session.run("print(1)", mode: .expectError).status, .failed)
    }

    func testChecksPassAndFail() {
        let session = Session()
        let pass = session.run("""
            let g = [2.0, 4.0]
            expect(g.count == 2, "two components")
            expect(g, approx: [2.0, 4.0 + 1e-15], tol: 1e-12)
            expect(0.1 + 0.2, approx: 0.3, tol: 1e-12, "sum")
            """, mode: .check)
        XCTAssertEqual(pass.status, .ok)
        XCTAssertEqual(pass.checks.map(\.passed), [true, true, true])
        XCTAssertEqual(pass.checks[0].message, "two components")
        XCTAssertEqual(pass.checks[1].detail, "max |Δ| = 8.9e-16")
        XCTAssertEqual(pass.checks[2].line, 4)

        let fail = session.run("expect([[1.0, 2.0]], approx: [[1.0, 2.5]], tol: 1e-3)\nexpect(1 > 2, \"order\")", mode: .check)
        XCTAssertEqual(fail.status, .failed)
        XCTAssertEqual(fail.checks.map(\.passed), [false, false])
        XCTAssertEqual(fail.checks[0].detail, "max |Δ| = 5.0e-1")
        XCTAssertEqual(fail.checks[1].line, 2)

        // The other side's type decides the first's: `Sequence.map`'s `[Double]` of a `Vector`.
        let typed = session.run("""
            let v: Vector = [1, 2]
            expect(v.map { $0 }, approx: Array(v), tol: 0)
            expect(v.map { $0 * 2 }, approx: [2.0, 4.1], tol: 0.01)
            """, mode: .check)
        XCTAssertEqual(typed.checks.map(\.passed), [true, false])
        XCTAssertEqual(typed.checks[1].detail, "max |Δ| = 1.0e-1")

        let throwing = session.run("expect(true, \"ok\")\nlet z = [Int]()[0]", mode: .check)
        XCTAssertEqual(throwing.status, .failed)
        XCTAssertEqual(throwing.checks.count, 1)
    }

    func testApproxWithoutToleranceUsesTheDefault() {
        let outcome = Session().run("""
            expect(0.1 + 0.2, approx: 0.3)
            expect([1e6 + 1e-4, 0], approx: [1e6, 1e-13])
            expect(Vector([1, 2]) * 3, approx: Vector([3, 6]), "vectors")
            expect(Matrix([[1, 2], [3, 4]]).transposed, approx: Matrix([[1, 3], [2, 4.000000001]]))
            expect(1.0 + 1e-6, approx: 1.0)
            expect(1e-11, approx: 0)
            expect(Double.nan, approx: .nan)
            expect([1.0], approx: [1.0, 2.0])
            """, mode: .check)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.checks.map(\.passed), [true, true, true, true, false, false, false, false])
        XCTAssertEqual(outcome.checks[2].message, "vectors")
        XCTAssertEqual(outcome.checks[4].detail, "max |Δ| = 1.0e-6")
        XCTAssertEqual(outcome.checks[7].detail, "shapes differ")
    }

    func testTable() {
        let outcome = Session().run("""
            var rows: [[String]] = []
            for eta in [0.1, 0.01] { rows.append(["\\(eta)", "\\(Int(1 / eta))"]) }
            table(["η", "steps"], rows)
            table(["k", "k²"], (1...2).map { ($0, $0 * $0) })
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.outputs, [
            .table(header: ["η", "steps"], rows: [["0.1", "10"], ["0.01", "100"]]),
            .table(header: ["k", "k²"], rows: [["1", "1"], ["2", "4"]]),
        ])
    }

    func testSyntaxErrorsAreLocatedWithinTheBlock() {
        let outcome = Session().run("let a = 1\nlet b = (a + \n", mode: .normal)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(outcome.diagnostics.first?.line, 2)
        XCTAssertTrue(outcome.diagnostics.first?.message.contains("expected") ?? false)
    }

    func testRandomnessIsSeeded() {
        let program = "print((0..<3).map { _ in Int.random(in: 0..<1000) }, Double.random(in: 0..<1) < 1)"
        let a = Session(options: .init(seed: 42)).run(program, mode: .normal).outputs
        let b = Session(options: .init(seed: 42)).run(program, mode: .normal).outputs
        let c = Session(options: .init(seed: 7)).run(program, mode: .normal).outputs
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
    }

    func testUnseededDrawsFollowTheSessionSeed() {
        // Twenty coins, a shuffle and a pick: two seeds agree on all of them with a chance of 2⁻²⁰ at most.
        let program = """
            var xs = Array(0..<20)
            xs.shuffle()
            print((0..<20).map { _ in Bool.random() }, xs, Array(0..<20).shuffled(), xs.randomElement()!)
            """
        func run(_ seed: UInt64) -> [BlockOutput] { Session(options: .init(seed: seed)).run(program, mode: .normal).outputs }
        XCTAssertEqual(run(42), run(42))
        XCTAssertNotEqual(run(42), run(7))
        XCTAssertEqual(run(42).count, 1)
    }
}
