import Foundation
import Weave
import XCTest

/// Golden tests as data: every `Golden/<name>.md` is woven into a body fragment (formulas shown
/// as TeX, so the expected files are readable) and compared with `Golden/<name>.html`, whose last
/// lines list the note's diagnostics. Names starting with `safe-` are built with `--safe`.
/// Run with `WEAVE_UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change.
final class GoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func testGoldenCorpus() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 40, "the corpus should keep at least 40 cases")
        let update = ProcessInfo.processInfo.environment["WEAVE_UPDATE_GOLDEN"] != nil
        for name in names {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(name + ".md"), encoding: .utf8)
            var options = WeaveOptions()
            options.safe = name.hasPrefix("safe-")
            options.typesetter = ClientSideTypesetter()
            let (html, diagnostics) = Weaver.fragment(source, path: name + ".md", options: options)
            var actual = html
            if !diagnostics.isEmpty {
                actual += "<!-- diagnostics:\n" + diagnostics.map(\.description).joined(separator: "\n") + "\n-->\n"
            }
            let expectedURL = Self.folder.appendingPathComponent(name + ".html")
            if update {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, "golden case \(name)")
        }
    }
}
