import Optim
import XCTest

@testable import Weave

/// A long note is parsed in pieces cut where ``Cuts`` finds it safe; the pieces must give exactly
/// the blocks the whole text gives.
final class CutsTests: XCTestCase {
    /// Lines and line groups that reach across blank lines, or look as if they might.
    private static let atoms = [
        "# Heading", "## Heading $x$", "###### Six", "####### Seven", "#NoSpace", "#", "# Heading #", "#\tTab",
        "", "", "", "   ", "text *with* `code` and $a_1$", "more text", "| a | b |\n|---|:-:|\n| $c|d$ | e |",
        "```", "```swift norun", "```\n# not a heading\n\n# still code", "~~~", "~~~~", "````", "```a`b", "``` ",
        "- item", "- item\n\n  # in item?", "1. one", "2) two", "> quote", "> ```", ">\n> # quoted", "    indented",
        "    ```", "  ```", "\t```", "text ``` mid-line", "===", "---", "***", "<details>", "</details>", "<div>\n\n# x",
        "<!-- comment", "-->", "<pre>", "</pre>", "[ref]: /url", "[ref]", "$$\nx \\label{eq:a}\n$$", "\\eqref{eq:a}",
        "\\begin{align}\na &= b\n\\end{align}", "- a\n- b", "- a\n\n- b", "text\n# heading right after", "<script>",
        "  <div>", "<span>", "-", "1.", "* * *", "\\# escaped", "  # indented heading", "\t# tab heading", "trailing  ", "a\\",
        "<details>\n<summary>s</summary>", "[link](#x)", "$$", "$", "`",
    ]

    /// The atoms that make a text uncuttable.
    private static let uncuttable: Set<String> = [
        "> ```", "    ```", "  ```", "\t```", "text ``` mid-line", "<!-- comment", "<pre>", "</pre>", "[ref]: /url", "<script>",
    ]

    /// The blocks of `text` read as a note is read, cut into up to `pieces` pieces.
    private func blocks(_ text: String, pieces: Int) -> [Block] {
        let protected = MathProtector.protect(text)
        return CommonMark.parse(protected.markdown, content: Placeholders(protected), pieces: pieces, parallelBlocks: .max)
    }

    func testPiecesParseAsTheWhole() {
        var generator = RandomGenerator(seed: 2026)
        var cut = 0
        let cuttable = Self.atoms.filter { !Self.uncuttable.contains($0) }
        for n in 0..<1500 {
            let atoms = n % 3 == 0 ? Self.atoms : cuttable
            let lines = (0..<Int.random(in: 1...60, using: &generator)).map { _ in atoms.randomElement(using: &generator)! }
            let text = lines.joined(separator: "\n")
            let whole = blocks(text, pieces: 1)
            let pieces = blocks(text, pieces: 64)
            XCTAssertEqual(pieces, whole, "cut differently:\n\(text)")
            if pieces != whole { return }
            let protected = MathProtector.protect(text)
            var markdown = protected.markdown
            if markdown.withUTF8({ !Cuts.find(in: $0, pieces: 64).isEmpty }) { cut += 1 }
        }
        // The generator must give texts that are cut, or the comparison shows nothing.
        XCTAssertGreaterThan(cut, 100)
    }

    func testWhatIsNotCut() {
        func cuts(_ text: String) -> [Int] {
            var text = text
            return text.withUTF8 { Cuts.find(in: $0, pieces: 8) }
        }
        let sections = String(repeating: "para\n\n# Heading\n\n", count: 20)
        XCTAssertFalse(cuts(sections).isEmpty)
        XCTAssertEqual(cuts(sections + "[x]: /url\n"), [], "a link reference definition serves the whole text")
        XCTAssertEqual(cuts(sections + "<!--\n\n# x\n-->\n"), [], "an HTML comment runs across blank lines")
        XCTAssertEqual(cuts(sections + "<PRE>\n"), [])
        XCTAssertEqual(cuts(sections + "- a\n  ```\n"), [], "a fence in a container")
        XCTAssertEqual(cuts("```\n" + sections), [], "everything after an unclosed fence is code")
        let fenced = "```\n\n# code\n\n```\n\n" + sections
        XCTAssertFalse(cuts(fenced).contains { $0 < 16 }, "no cut inside a fence")
    }

    func testLoneCarriageReturnsEndLines() {
        // A lone CR ends a line for cmark: a text holding one is not cut, and the reader makes it LF.
        for text in ["\r\r\n# H", "a\rb\n\n# H", "```\r`\n\n# H", "```\n```\rx\n```\n\n# H", "x\r<div>\n```\n\n```\n\n# I"] {
            XCTAssertEqual(blocks(text, pieces: 64), blocks(text, pieces: 1), text)
            let note = NoteReader.parse(text, path: "cr.md")
            XCTAssertEqual(note.blocks, NoteReader.parse(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"), path: "cr.md").blocks)
        }
        guard case .heading(_, _, _, let location) = NoteReader.parse("a\rb\n\n# H", path: "cr.md").blocks.last else { return XCTFail("no heading") }
        XCTAssertEqual(location.line, 4)
    }

    func testALongNoteIsReadInPiecesWithItsLineNumbers() {
        var text = ""
        for i in 0..<3000 { text += "## Section \(i)\n\nText $x_{\(i)}$ and `code`.\n\n" }
        XCTAssertGreaterThan(text.utf8.count, LargeStack.parallelBytes)
        let note = NoteReader.parse(text, path: "long.md")
        XCTAssertEqual(note.blocks, blocks(text, pieces: 1))
        guard case .paragraph(_, let location) = note.blocks.last else { return XCTFail("no paragraph last") }
        XCTAssertEqual(location.line, 4 * 3000 - 1)
    }
}
