import XCTest

@testable import Weave

/// Errors of inline values stand at the span's own line and column, a use of a declaration
/// from a block that failed names where that declaration is in the note, and a trap in code an
/// earlier block declared stands where that code is.
final class InlineValueLocationTests: XCTestCase {
    private func diagnostics(_ markdown: String) -> [String] {
        var options = WeaveOptions()
        options.typesetter = ClientSideTypesetter()
        return Weaver.fragment(markdown, path: "note.md", options: options).diagnostics.map(\.description)
    }

    func testAnInlineValueErrorIsAtTheSpanNotTheParagraph() {
        XCTAssertEqual(diagnostics("""
            ```swift
            let x = 2.0
            ```

            The value is
            surely `{swift} x + nope` here, and *also* `{swift:.2f} x * 3` there.
            """), ["note.md:6:21: error: in inline value `x + nope`: cannot find 'nope' in scope"])
    }

    func testAUseOfAFailedBlocksDeclarationNamesItsPlace() {
        XCTAssertEqual(diagnostics("""
            Intro.

            ```swift
            let rate = 0.1
            let broken = rate * nope
            ```

            ```swift
            print(rate)
            ```
            """), [
                "note.md:5:21: error: cannot find 'nope' in scope",
                "note.md:9:7: error: cannot find 'rate' in scope: it is declared in a block that failed, at note.md:4:1",
            ])
    }

    func testATrapInCodeOfAnEarlierBlockIsWhereThatCodeIs() {
        XCTAssertEqual(diagnostics("""
            ```swift
            class Problem { func value(at x: Double) -> Double { fatalError("override me") } }
            func first(_ xs: [Int]) -> Int { let o = xs.first; return o! }
            ```

            Between.

            ```swift
            print(first([4]))
            print(Problem().value(at: 1))
            ```

            And `{swift} first([])`.
            """), [
                "note.md:2:54: error: fatal error: override me",
                "note.md:3:60: error: in inline value `first([])`: unexpectedly found nil while unwrapping an Optional value",
            ])
    }
}
