import Foundation
import XCTest
@testable import Figures

/// Writes every sample into an HTML page for looking at in a browser, when
/// `FIGURES_GALLERY=/path/page.html` is set (`FIGURES_DARK=1` for a dark
/// page, `FIGURES_ONLY=contour,lines` for some samples); otherwise does nothing.
final class GalleryTests: XCTestCase {
    func testWriteGalleryWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["FIGURES_GALLERY"] else { return }
        let dark = ProcessInfo.processInfo.environment["FIGURES_DARK"] == "1"
        let only = ProcessInfo.processInfo.environment["FIGURES_ONLY"]?.split(separator: ",").map(String.init)
        var html = "<!doctype html><meta charset=utf-8><style>:root{color-scheme:\(dark ? "dark" : "light")}"
        html += "body{background:Canvas;color:CanvasText;font-family:system-ui,sans-serif;max-width:760px;margin:16px auto}"
        html += "figure{margin:0 0 24px}</style>"
        for (index, sample) in Samples.all.enumerated() where only?.contains(sample.name) ?? true {
            html += "<figure>" + sample.figure.svg(idPrefix: "fig\(index + 1)") + "</figure>"
        }
        try html.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
