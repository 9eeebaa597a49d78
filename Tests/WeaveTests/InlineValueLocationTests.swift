import XCTest

@testable import Weave

/// Errors of inline values stand at the span's own line and column, and a use of a declaration
/// from a block that failed names where that declaration is in the note.
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
}
