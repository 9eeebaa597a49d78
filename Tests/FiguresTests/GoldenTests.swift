import Foundation
import XCTest
@testable import Figures

/// Each sample figure must render byte-for-byte as its golden file in
/// `Golden/`. To accept a change on purpose, regenerate them with
/// `FIGURES_UPDATE_GOLDEN=1 swift test --filter GoldenTests` (then rebuild,
/// as the bundle holds copies) and look at
/// the result (see `GalleryTests`).
final class GoldenTests: XCTestCase {
    /// The source folder of the golden files (for regeneration).
    private var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    func testEveryKindMatchesItsGoldenFile() throws {
        let update = ProcessInfo.processInfo.environment["FIGURES_UPDATE_GOLDEN"] == "1"
        for (index, sample) in Samples.all.enumerated() {
            let prefix = "fig\(index + 1)"
            let svg = sample.figure.svg(idPrefix: prefix) + "\n"
            SVGInspector.assertWellFormed(svg, prefix: prefix)
            if update {
                try svg.write(to: sourceFolder.appendingPathComponent(sample.name + ".svg"), atomically: true, encoding: .utf8)
                continue
            }
            let url = try XCTUnwrap(Bundle.module.url(forResource: sample.name, withExtension: "svg", subdirectory: "Golden"),
                                    "missing golden \(sample.name).svg; run with FIGURES_UPDATE_GOLDEN=1")
            let golden = try String(contentsOf: url, encoding: .utf8)
            if golden != svg {
                let actual = FileManager.default.temporaryDirectory.appendingPathComponent(sample.name + ".actual.svg")
                try svg.write(to: actual, atomically: true, encoding: .utf8)
                XCTFail("\(sample.name) differs from its golden file; got \(actual.path)")
            }
        }
    }

    func testRenderingIsDeterministic() {
        for sample in Samples.all {
            XCTAssertEqual(sample.figure.svg(idPrefix: "a"), sample.figure.svg(idPrefix: "a"), sample.name)
        }
    }

    func testSeveralFiguresOnOnePageHaveDisjointIDs() {
        let page = Samples.all.enumerated().map { $0.element.figure.svg(idPrefix: "f\($0.offset)") }
        let ids = page.flatMap { SVGInspector($0).ids }
        XCTAssertEqual(Set(ids).count, ids.count)
        let keyframes = page.flatMap { svg in
            svg.components(separatedBy: "@keyframes ").dropFirst().map { $0.prefix { $0 != "{" } }
        }
        XCTAssertEqual(Set(keyframes).count, keyframes.count)
        XCTAssertFalse(keyframes.isEmpty)
    }

    func testSizesStaySmall() {
        for sample in Samples.all {
            XCTAssertLessThan(sample.figure.svg(idPrefix: "f").utf8.count, 120_000, sample.name)
        }
    }
}
