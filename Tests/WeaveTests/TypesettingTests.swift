import Foundation
import XCTest

@testable import Weave

final class TypesettingTests: XCTestCase {
    /// Records every formula it is asked to typeset; answers with the TeX reversed, slowly, so
    /// concurrent requests overlap.
    private final class RecordingSession: MathSession, @unchecked Sendable {
        private let lock = NSLock()
        private(set) var requested: [MathKey] = []

        func typeset(_ formulas: [MathKey]) -> [Result<String, MathError>] {
            lock.withLock { requested += formulas }
            usleep(2_000)
            return formulas.map { $0.tex == "bad" ? .failure(MathError(message: "bad")) : .success(String($0.tex.reversed())) }
        }

        func finish() {}
    }

    func testNotesInParallelTypesetEachFormulaOnce() {
        let session = RecordingSession()
        let formulas = TypesetFormulas(session)
        let notes = (0..<8).map { note in
            (0..<50).map { MathKey(tex: "x_{\(($0 * 7 + note) % 60)}", display: $0 % 2 == 0) } + [MathKey(tex: "bad", display: false)]
        }
        let answers = LargeStack.map(notes.count) { formulas.typeset(notes[$0]) }
        XCTAssertEqual(session.requested.count, Set(session.requested).count, "a formula was typeset twice")
        XCTAssertEqual(Set(session.requested), Set(notes.joined()))
        for (keys, answer) in zip(notes, answers) {
            XCTAssertTrue(Set(answer.keys).isSuperset(of: keys))
            for key in keys where key.tex != "bad" { XCTAssertEqual(try answer[key]?.get(), String(key.tex.reversed())) }
            XCTAssertEqual(answer[MathKey(tex: "bad", display: false)], .failure(MathError(message: "bad")))
        }
    }

    func testPrefetchedFormulasAreTypesetOnceAndWaitedFor() {
        let session = RecordingSession()
        let formulas = TypesetFormulas(session)
        let early = (0..<30).map { MathKey(tex: "y_{\($0)}", display: false) }
        formulas.prefetch(early)
        formulas.prefetch(early)
        // Asked for before the background typesetting can have finished: waits, does not repeat it.
        let late = early + [MathKey(tex: "z", display: true)]
        let answer = formulas.typeset(late)
        XCTAssertEqual(try answer[early[7]]?.get(), "}7{_y")
        XCTAssertEqual(try answer[late.last!]?.get(), "z")
        formulas.prefetch([MathKey(tex: "only prefetched", display: false)])
        formulas.finish()
        XCTAssertEqual(session.requested.count, 32)
        XCTAssertEqual(Set(session.requested).count, 32)
        // The prefetched result was kept: asking for it again typesets nothing.
        let kept = formulas.typeset([MathKey(tex: "only prefetched", display: false)])
        XCTAssertEqual(try kept[MathKey(tex: "only prefetched", display: false)]?.get(), "dehcteferp ylno")
        XCTAssertEqual(session.requested.count, 32)
    }

    func testKaTeXSessionAnswersRepeatedConcurrentAndLargeRequests() throws {
        guard let katex = KaTeXTypesetter.locate() else { throw XCTSkip("node or libjs-katex not installed") }
        let session = katex.start()
        defer { session.finish() }
        let small = [MathKey(tex: "x^2", display: false), MathKey(tex: "\\frac{1}{", display: true)]
        for _ in 0..<3 {
            let answers = session.typeset(small)
            XCTAssertTrue(try answers[0].get().contains("class=\"katex\""))
            guard case .failure(let error) = answers[1] else { return XCTFail("a TeX error was typeset") }
            XCTAssertTrue(error.message.contains("Unexpected end of input"), error.message)
        }
        // More formulas than one process takes at a time, from two threads at once.
        let large = (0..<700).map { MathKey(tex: "a_{\($0)} + \\sqrt{\($0)}", display: false) }
        let both = LargeStack.map(2) { _ in session.typeset(large) }
        XCTAssertEqual(both[0].count, large.count)
        XCTAssertEqual(both[0], both[1])
        XCTAssertTrue(try both[0][699].get().contains("699"))
        XCTAssertTrue(session.typeset([]).isEmpty)
    }

    func testANodeThatDiesGivesErrorsNotACrash() throws {
        guard let katex = KaTeXTypesetter.locate() else { throw XCTSkip("node or libjs-katex not installed") }
        // A "KaTeX" that exits at once, as a node process that crashes would.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-dead-katex-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("katex.js")
        try "process.exit(3);".write(to: script, atomically: true, encoding: .utf8)
        let session = KaTeXTypesetter(node: katex.node, katex: script.path).start()
        defer { session.finish() }
        let answers = session.typeset([MathKey(tex: "x", display: false), MathKey(tex: "y", display: true)])
        XCTAssertEqual(answers.count, 2)
        for answer in answers {
            guard case .failure(let error) = answer else { return XCTFail("typeset by a dead process") }
            XCTAssertTrue(error.message.contains("node"), error.message)
        }
    }
}
