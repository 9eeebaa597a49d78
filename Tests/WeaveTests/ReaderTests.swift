import Foundation
import XCTest

@testable import Weave

/// Reading notes: math positions, front matter, experiments, and input that must neither crash nor
/// hang.
final class ReaderTests: XCTestCase {
    private func formulas(_ markdown: String) -> [Math] {
        Rewrite.formulas(in: NoteReader.parse(markdown, path: "t.md").blocks)
    }

    func testFormulaLocationsAreThoseOfTheFile() {
        let note = "---\ntitle: x\n---\nline four $a$\n\n中文 $b_1$ and\n$$\nc\n$$\n"
        let found = formulas(note)
        XCTAssertEqual(found.map(\.tex), ["a", "b_1", "\nc\n"])
        XCTAssertEqual(found.map(\.location), [
            SourceLocation(line: 4, column: 11), SourceLocation(line: 6, column: 4), SourceLocation(line: 7, column: 1),
        ])
    }

    func testLinesAfterMultilineMathKeepTheirNumbers() {
        let note = NoteReader.parse("$$\na\nb\nc\n$$\n\n```swift\nlet x = 1\n```\n", path: "t.md")
        guard case .experiment(let e)? = note.blocks.last else { return XCTFail("no experiment in \(note.blocks)") }
        XCTAssertEqual(e.location.line, 7)
        XCTAssertEqual(e.codeStart.line, 8)
    }

    func testFrontMatterFields() {
        let note = NoteReader.parse("---\ntitle: T\nsubtitle: S\nauthor: A\ndate: 2024-11-29\nlang: zh\ndescription: D\nseed: 42\ntime-budget: 2.5\n---\nx", path: "t.md")
        XCTAssertEqual(note.meta.title, "T")
        XCTAssertEqual(note.meta.subtitle, "S")
        XCTAssertEqual(note.meta.author, "A")
        XCTAssertEqual(note.meta.date, "2024-11-29")
        XCTAssertEqual(note.meta.lang, "zh")
        XCTAssertEqual(note.meta.description, "D")
        XCTAssertEqual(note.meta.seed, 42)
        XCTAssertEqual(note.meta.timeBudget, 2.5)
        XCTAssertTrue(note.diagnostics.isEmpty)
    }

    func testFrontMatterNumbersThatOnceTrappedAreErrorsAtTheirLine() {
        for budget in ["1e300", "18446744073", "86400.5", "-1", "0", ".nan", "nan", "inf"] {
            let note = NoteReader.parse("---\ntitle: T\ntime-budget: \(budget)\n---\nx", path: "t.md")
            XCTAssertNil(note.meta.timeBudget, budget)
            XCTAssertEqual(note.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" },
                           ["3: time-budget must be a positive number of seconds, at most 86400 (a day)"], budget)
        }
        XCTAssertEqual(NoteReader.parse("---\ntime-budget: 86400\n---\nx", path: "t.md").meta.timeBudget, 86_400)
    }

    func testPlaceholderCharacterWithManyDigitsInProseStaysText() {
        let digits = String(repeating: "1", count: 30)
        let note = NoteReader.parse("Text \u{E000}\(digits)\u{E001} and $x$.\n", path: "t.md")
        let (html, _) = Weaver.fragment("Text \u{E000}\(digits)\u{E001} and $x$.\n")
        XCTAssertTrue(html.contains(digits), html)
        XCTAssertEqual(Rewrite.formulas(in: note.blocks).map(\.tex), ["x"])
    }

    func testReservedCharactersCannotForgeAFormulaAndAreReported() {
        // "\u{E000}0\u{E001}" is what weave writes for the note's first formula.
        let source = "# T\n\nA \u{E000}0\u{E001} forged, \u{E002} and \u{E003}, then $y$.\n\n```swift\nlet s = \"\u{E000}0\u{E001}\"\n```\n"
        let note = NoteReader.parse(source, path: "t.md")
        XCTAssertEqual(Rewrite.formulas(in: note.blocks).map(\.tex), ["y"])
        XCTAssertEqual(
            note.diagnostics.map(\.description),
            [
                "t.md:3:3: warning: the private-use character U+E000 is reserved by weave; shown as U+FFFD",
                "t.md:3:5: warning: the private-use character U+E001 is reserved by weave; shown as U+FFFD",
                "t.md:3:15: warning: the private-use character U+E002 is reserved by weave; shown as U+FFFD",
                "t.md:3:21: warning: the private-use character U+E003 is reserved by weave; shown as U+FFFD",
                "t.md:6:10: warning: the private-use character U+E000 is reserved by weave; shown as U+FFFD",
                "t.md:6:12: warning: the private-use character U+E001 is reserved by weave; shown as U+FFFD",
            ])
        let (html, _) = Weaver.fragment(source)
        XCTAssertTrue(html.contains("A \u{FFFD}0\u{FFFD} forged"), html)
        XCTAssertFalse(html.contains("\u{E000}"))
    }

    func testTitleFallsBackToFirstHeadingThenFileName() {
        XCTAssertEqual(NoteReader.parse("intro\n\n# The *title*\n", path: "x.md").title, "The title")
        XCTAssertEqual(NoteReader.parse("no heading", path: "dir/name.md").title, "name")
    }

    func testBadFrontMatterValuesAreErrorsAtTheirLine() {
        let note = NoteReader.parse("---\ntitle: ok\nseed: -3\n---\n", path: "t.md")
        XCTAssertEqual(note.diagnostics.map(\.description), ["t.md:3:1: error: seed must be a non-negative integer"])
    }

    func testExperimentAttributes() {
        let note = NoteReader.parse("```swift check id=nag title=\"NAG forms agree\"\nexpect(true, \"x\")\n```\n", path: "t.md")
        guard case .experiment(let e)? = note.blocks.first else { return XCTFail() }
        XCTAssertEqual(e.mode, .check)
        XCTAssertEqual(e.id, "nag")
        XCTAssertEqual(e.title, "NAG forms agree")
        XCTAssertEqual(e.source, "expect(true, \"x\")\n")
    }

    func testInvalidUTF8IsReportedWithItsPlace() {
        let bytes = Array("ok\nab".utf8) + [0xFF, 0x41]
        XCTAssertThrowsError(try NoteReader.parse(bytes, path: "bad.md")) { error in
            XCTAssertEqual("\(error)", "bad.md:2:3: error: not valid UTF-8 text (notes must be saved as UTF-8)")
        }
    }

    func testUnclosedFenceRunsToTheEnd() {
        let note = NoteReader.parse("```python\nx = '$a$'\n\nstill code", path: "t.md")
        XCTAssertEqual(note.blocks, [.code(info: "python", text: "x = '$a$'\n\nstill code\n", SourceLocation(line: 1, column: 1))])
    }

    func testPathologicalNestingNeitherCrashesNorHangs() {
        let quotes = String(repeating: "> ", count: 10_000) + "deep $x$\n"
        let brackets = String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000)
        let emphasis = String(repeating: "*a ", count: 10_000) + String(repeating: " b*", count: 10_000)
        for input in [quotes, brackets, emphasis] {
            let start = Date()
            let (html, _) = Weaver.fragment(input)
            XCTAssertFalse(html.isEmpty)
            XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        }
    }

    func testManyUnclosedDelimitersStayLinear() {
        // Every `$` opens and nothing closes: a quadratic scanner would take minutes here.
        let input = String(repeating: "$a \\( `x [y](", count: 100_000)
        let start = Date()
        _ = NoteReader.parse(input, path: "t.md")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testTenMegabyteNote() {
        let paragraph = "Gradient descent takes $\\theta_{t+1} = \\theta_t - \\eta g_t$ with *care* and `code`.\n\n"
        let input = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count)
        let (html, diagnostics) = Weaver.fragment(input)
        XCTAssertTrue(diagnostics.isEmpty)
        XCTAssertGreaterThan(html.utf8.count, input.utf8.count)
    }

    func testLongNotesSplitBetweenCoresReadAndWriteAsInOnePiece() {
        var text = ""
        for i in 0..<800 {
            text += "Step $x_{\(i)}$ with `$code$` and **bold**.\n\n| a | b |\n|:--|--:|\n| $y_\(i)$ | \\| \(i) |\n\n$$\nz_{\(i)}\n$$\n\n"
        }
        let note = NoteReader.parse(text, path: "long.md")
        let protected = MathProtector.protect(text)
        let placeholders = Placeholders(protected)
        let whole = CommonMark.parse(protected.markdown, content: placeholders, parallelBlocks: .max)
        XCTAssertGreaterThanOrEqual(whole.count, LargeStack.parallelBlocks)
        XCTAssertEqual(note.blocks, whole)
        let writer = HTMLWriter(math: [:], safe: false)
        XCTAssertEqual(writer.render(note.blocks), note.blocks.map { writer.render([$0]) }.joined())
    }

    func testLongNotesNumberEquationsAcrossCoresAsInOnePiece() {
        // Labels defined in one half and referred to in the other, defined twice across halves,
        // unknown, in prose and in math, inline and display, in environments with and without numbers.
        var text = ""
        for i in 0..<1200 {
            let label = "eq:\(i % 700)"
            text += "$$\nx_{\(i)} \\label{\(label)}\n$$\n\nSee \\eqref{eq:\((i * 7) % 1200)} and $\\ref{eq:\(i % 13)} + y$.\n\n"
            if i % 50 == 0 { text += "\\begin{align}\na &= b\n\\end{align}\n\n\\begin{align*}\nc\n\\end{align*}\n\n- $z \\label{eq:inline\(i)}$ \\ref{eq:inline\(i)}\n\n" }
        }
        let note = NoteReader.parse(text, path: "long.md")
        XCTAssertGreaterThanOrEqual(note.blocks.count, LargeStack.parallelBlocks)
        let split = EquationNumbering.apply(note)
        let whole = EquationNumbering.apply(note, parallelBlocks: .max)
        XCTAssertEqual(split.blocks, whole.blocks)
        XCTAssertEqual(split.diagnostics, whole.diagnostics)
        XCTAssertEqual(whole.diagnostics.filter { $0.message.contains("defined twice") }.count, 500)
        // The prose's references are resolved after numbering, and the unknown ones reported there.
        let unknown = CrossReferences.apply(whole).diagnostics.filter { $0.message.hasPrefix("no equation, figure, table, check or section labelled") }
        XCTAssertEqual(unknown.count, 1200 - 700 + 24)
        let numbers = Rewrite.formulas(in: whole.blocks).compactMap(\.number)
        XCTAssertEqual(numbers, Array(1...(1200 + 24)))
    }

    func testLinksBetweenNotesPointAtPages() {
        XCTAssertEqual(NoteLinks.target("b.md"), "b.html")
        XCTAssertEqual(NoteLinks.target("a/b.md#x"), "a/b.html#x")
        XCTAssertEqual(NoteLinks.target("../优化.md#x#y"), "../优化.html#x#y")
        for unchanged in ["http://host/y.md", "mailto:a.md", "/abs.md", "x.mdx", "#frag", "dir.md/x", "", "a.md.txt"] {
            XCTAssertEqual(NoteLinks.target(unchanged), unchanged)
        }
    }

    func testURLsAndAnchorsAreEscaped() {
        XCTAssertEqual(HTML.url("a b/é?x=1&y=[2]#z\"<"), "a%20b/%C3%A9?x=1&amp;y=[2]#z%22%3C")
        XCTAssertEqual(EquationNumbering.anchor("eq:a b_c-d"), "eq-a-b_c-d")
        XCTAssertEqual(EquationNumbering.anchor("式:1"), "式-1")
        XCTAssertEqual(EquationNumbering.anchor(""), "unnamed")
    }

    func testHeadingSlugs() {
        XCTAssertEqual(HeadingIDs.slug("Adam: bias correction"), "adam-bias-correction")
        XCTAssertEqual(HeadingIDs.slug("随机梯度下降 (SGD)"), "随机梯度下降-sgd")
        XCTAssertEqual(HeadingIDs.slug("!!!"), "section")
        XCTAssertEqual(HeadingIDs.slug("Step_2: Ünïcode, ÉTÉ & x²"), "step_2-ünïcode-été-x²")
    }

    func testKaTeXReportsTeXErrorsAtTheFormula() throws {
        guard let katex = KaTeXTypesetter.locate() else { throw XCTSkip("node or libjs-katex not installed") }
        var options = WeaveOptions()
        options.typesetter = katex
        let (html, diagnostics) = Weaver.fragment("ok $x^2$\n\nbad $\\frac{1}{$ here", path: "k.md", options: options)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].description.hasPrefix("k.md:3:5: warning: TeX error:"), diagnostics[0].description)
        XCTAssertTrue(html.contains("class=\"katex\""))
        XCTAssertTrue(html.contains("math-error"))
    }
}
