import Foundation
import XCTest

@testable import Weave

/// Cross-references (`\ref`, `\eqref`, `\cref`) to every kind of target, within a note and across
/// notes, citations against a BibTeX file, the BibTeX reader, and the CI reports.
final class ReferencesTests: NotesFolderTestCase {
    private func fragment(_ markdown: String, bibliography: String? = nil) -> (html: String, diagnostics: [String]) {
        var options = WeaveOptions()
        options.typesetter = ClientSideTypesetter()
        options.bibliography = bibliography
        let (html, diagnostics) = Weaver.fragment(markdown, path: "note.md", options: options)
        return (html, diagnostics.map(\.description))
    }

    func testEveryKindOfTargetIsNumberedAndLinked() {
        let (html, diagnostics) = fragment(
            """
            # Kinds

            ## Setup

            $$f(x) = x^2 \\label{eq:f}$$

            ```swift id=steps
            table(["η", "steps"], [["0.1", "12"]])
            ```

            | a | b |
            |---|---|
            | 1 | 2 |

            Table: Two numbers {#tbl-ab}

            ```swift check title="Squares"
            expect(2 * 2 == 4, "two squared")
            ```

            ```swift check id=square title="Squares again"
            expect(3 * 3 == 9, "three squared")
            ```

            See \\cref{eq:f}, \\eqref{eq:f}, \\ref{eq:f}, \\cref{steps}, \\cref{tbl-ab}, \\ref{tbl-ab}, \\cref{square}, \\cref{setup} and \\ref{setup}.
            """)
        XCTAssertEqual(diagnostics, [])
        for piece in [
            "<a class=\"ref\" href=\"#eq-eq-f\">Equation\u{A0}(1)</a>", "<a class=\"ref\" href=\"#eq-eq-f\">(1)</a>", "<a class=\"ref\" href=\"#eq-eq-f\">1</a>",
            "<a class=\"ref\" href=\"#table-1\">Table\u{A0}1</a>", "<a class=\"ref\" href=\"#table-2\">Table\u{A0}2</a>", "<a class=\"ref\" href=\"#table-2\">2</a>",
            "<a class=\"ref\" href=\"#square\">Check\u{A0}2</a>", "<a class=\"ref\" href=\"#setup\">§\u{A0}Setup</a>", "<a class=\"ref\" href=\"#setup\">Setup</a>",
            "<table class=\"result\" id=\"table-1\"><caption><span class=\"table-number\">Table\u{A0}1</span></caption>",
            "<table id=\"table-2\">\n<caption><span class=\"table-number\">Table\u{A0}2.</span> Two numbers</caption>",
            "<span class=\"check-number\">Check\u{A0}1</span><span class=\"check-title\">Squares</span>",
            "<span class=\"check-number\">Check\u{A0}2</span><span class=\"check-title\">Squares again</span>",
        ] {
            XCTAssertTrue(html.contains(piece), "missing: \(piece)\n\(html)")
        }
    }

    func testAnUnknownReferenceIsAWarningAtItsOwnLineAndColumn() {
        let (html, diagnostics) = fragment(
            """
            $$x \\label{eq:x}$$

            Known \\eqref{eq:x}, then *unknown* \\cref{nowhere}
            and on the next line \\ref{nowhere} again; [\\ref{gone}].
            """)
        XCTAssertEqual(diagnostics, [
            "note.md:3:36: warning: no equation, figure, table, check or section labelled 'nowhere'",
            "note.md:4:22: warning: no equation, figure, table, check or section labelled 'nowhere'",
            "note.md:4:44: warning: no equation, figure, table, check or section labelled 'gone'",
        ])
        XCTAssertTrue(html.contains("<a class=\"ref\" href=\"#nowhere\">??</a>"), html)
    }

    func testReferencesAcrossNotesResolveAfterEveryNoteRan() throws {
        try write("# A\n\n## Bowl\n\n$$x^2 \\label{eq:bowl}$$\n\n```swift check id=ok title=\"Fine\"\nexpect(true, \"fine\")\n```\n", "notes/a.md")
        try write("# B\n\nSee \\cref{a.md#eq:bowl}, \\cref{a.md#ok}, \\cref{a.md#bowl} and \\ref{a.md#missing}, \\cref{zz.md#x}.\n", "notes/b.md")
        var options = WeaveOptions()
        options.output = folder.appendingPathComponent("site").path
        options.typesetter = ClientSideTypesetter()
        let result = try Weaver.build([folder.appendingPathComponent("notes").path], options: options)
        let b = try XCTUnwrap(result.pages.first { $0.output == "b.html" }).html
        for piece in [
            "<a class=\"ref\" href=\"a.html#eq-eq-bowl\">Equation\u{A0}(1)</a>", "<a class=\"ref\" href=\"a.html#ok\">Check\u{A0}1</a>",
            "<a class=\"ref\" href=\"a.html#bowl\">§\u{A0}Bowl</a>",
        ] {
            XCTAssertTrue(b.contains(piece), "missing: \(piece)")
        }
        let notes = folder.appendingPathComponent("notes").path
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "\(notes)/b.md:3:63: warning: a.md has no equation, figure, table, check or section labelled 'missing'",
            "\(notes)/b.md:3:83: warning: no note 'zz.md' for 'zz.md#x' (name a note by its path from this note's folder)",
        ])
    }

    func testCitationsAreNumberedInOrderOfFirstCitationAndListed() throws {
        try write(
            """
            @string{jcm = "USSR Computational Mathematics and Mathematical Physics"}
            % Heavy ball.
            @article{polyak1964,
              author = {Polyak, Boris T.},
              title = {Some methods of speeding up the convergence of iteration methods},
              journal = jcm, year = 1964, volume = {4}, number = {5}, pages = {1--17},
              doi = {10.1016/0041-5553(64)90137-5}
            }
            @inproceedings{kingma2015,
              author = "Kingma, Diederik P. and Ba, Jimmy",
              title = {Adam: A Method for Stochastic Optimization},
              booktitle = {International Conference on Learning Representations (ICLR)}, year = {2015},
              url = {https://arxiv.org/abs/1412.6980}
            }
            """, "notes/references.bib")
        let bib = folder.appendingPathComponent("notes/references.bib").path
        let (html, diagnostics) = fragment(
            "Adam [@kingma2015] and momentum \\cite{polyak1964, kingma2015}; [@kingma2015; @polyak1964].\n\nMissing \\cite{nobody} and [@nobody]; no key: \\cite{}, [@], [@ x], me@example.org.\n",
            bibliography: bib)
        XCTAssertEqual(diagnostics, [
            "note.md:3:9: warning: unknown citation key 'nobody': it is not in the bibliography",
            "note.md:3:27: warning: unknown citation key 'nobody': it is not in the bibliography",
        ])
        for piece in [
            "Adam [<a class=\"ref\" href=\"#cite-kingma2015\">1</a>]",
            "momentum [<a class=\"ref\" href=\"#cite-polyak1964\">2</a>, <a class=\"ref\" href=\"#cite-kingma2015\">1</a>]",
            "<h2 id=\"references\">References",
            "no key: \\cite{}, [@], [@ x], me@example.org.</p>",
            "<ol class=\"references\">\n<li id=\"cite-kingma2015\">Diederik P. Kingma and Jimmy Ba (2015). Adam: A Method for Stochastic Optimization. <em>International Conference on Learning Representations (ICLR)</em>. <a href=\"https://arxiv.org/abs/1412.6980\">https://arxiv.org/abs/1412.6980</a></li>",
            "<li id=\"cite-polyak1964\">Boris T. Polyak (1964). Some methods of speeding up the convergence of iteration methods. <em>USSR Computational Mathematics and Mathematical Physics</em>, 4(5), 1–17. <a href=\"https://doi.org/10.1016/0041-5553(64)90137-5\">doi:10.1016/0041-5553(64)90137-5</a></li>",
        ] {
            XCTAssertTrue(html.contains(piece), "missing: \(piece)\n\(html)")
        }
    }

    func testTheBibTeXReaderReportsProblemsWhereTheyAreAndReadsTheRest() {
        let bib = Bibliography(
            parsing: """
                @article{good, author = {G{\\"o}del, Kurt and Erd\\H{o}s, P{\\'a}l and others}, title = "On {B}ig {T}hings", year = 1931}
                @article{bad, title = {unclosed
                @book{also, title = undefinedMacro}
                @misc{fine, title={Fine}, title={Twice}}
                @misc{good, title = {Again}}
                @misc{, title = {No key}}
                @misc{last, note = {ok}, }
                """, path: "references.bib")
        XCTAssertEqual(Set(bib.entries.keys), ["good", "fine", "last"])
        XCTAssertEqual(bib.entries["good"]?.fields["author"], "Gödel, Kurt and Erdős, Pál and others")
        XCTAssertEqual(bib.entries["good"]?.fields["title"], "On Big Things")
        XCTAssertEqual(bib.entries["fine"]?.fields["title"], "Fine")
        XCTAssertEqual(bib.problems.map(\.description), [
            "references.bib:2:23: warning: unclosed '{' in a value",
            "references.bib:3:21: warning: unknown @string name 'undefinedMacro'",
            "references.bib:4:27: warning: field 'title' is given twice in 'fine'; the first is kept",
            "references.bib:5:1: warning: key 'good' is defined twice; the first entry is kept",
            "references.bib:6:7: warning: expected a citation key in '@misc'",
        ])
        XCTAssertEqual(Citations.reference(bib.entries["good"]!).first, .text("Kurt Gödel, Pál Erdős et al. "))
    }

    func testJUnitHasATestCasePerCheckCardAndGitHubAnnotationsAreEscaped() throws {
        let report = Report(
            notes: [
                Report.NoteEntry(
                    path: "notes/a&b.md", output: nil, title: "A", status: "error", diagnostics: [],
                    blocks: [
                        Report.BlockEntry(
                            line: 3, id: nil, title: "Holds", number: 1, kind: "check", status: "passed", output: "", checks: [], errors: [], seconds: 0.5),
                        Report.BlockEntry(
                            line: 9, id: "b", title: "Fails <badly>", number: 2, kind: "check", status: "failed", output: "",
                            checks: [Report.CheckEntry(passed: false, message: "x ≈ 1", detail: "max |Δ| = 0.25", line: 11)], errors: [], seconds: 0.25),
                        Report.BlockEntry(line: 20, id: nil, title: nil, number: nil, kind: "normal", status: "passed", output: "", checks: [], errors: [], seconds: 0),
                    ], timings: ["run": 1]),
            ], failed: true)
        XCTAssertEqual(
            report.junit,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="weave" tests="2" failures="1">
              <testsuite name="notes/a&amp;b.md" tests="2" failures="1" time="1.000">
                <testcase classname="notes/a&amp;b.md" name="Check 1: Holds" file="notes/a&amp;b.md" line="3" time="0.500">
                </testcase>
                <testcase classname="notes/a&amp;b.md" name="Check 2: Fails &lt;badly&gt;" file="notes/a&amp;b.md" line="9" time="0.250">
                  <failure message="x ≈ 1 (max |Δ| = 0.25)" type="check">notes/a&amp;b.md:9: check failed&#10;notes/a&amp;b.md:11: x ≈ 1 (max |Δ| = 0.25)</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """)
        let warning = Diagnostic(severity: .warning, path: "notes/a,b.md", location: SourceLocation(line: 4, column: 2), message: "100% sure:\nno")
        XCTAssertEqual(warning.githubAnnotation, "::warning file=notes/a%2Cb.md,line=4,col=2::100%25 sure:%0Ano")
        XCTAssertEqual(Diagnostic(severity: .error, path: "weave", location: nil, message: "stop").githubAnnotation, "::error file=weave::stop")
    }
}
