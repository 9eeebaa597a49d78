import XCTest
@testable import Figures

/// Animation markup appears exactly when asked for.
final class AnimationTests: XCTestCase {
    func testAnimatedContourHasKeyframesAndPlayPause() {
        let svg = Samples.animatedContour.svg(idPrefix: "fig")
        XCTAssertTrue(Samples.animatedContour.isAnimated)
        XCTAssertTrue(svg.contains("@keyframes fig-0-0t{0%{stroke-dashoffset:1}"))
        XCTAssertTrue(svg.contains("@keyframes fig-0-2h{"))
        XCTAssertTrue(svg.contains("class=\"hd an\""))
        XCTAssertTrue(svg.contains("<input type=\"checkbox\""))
        XCTAssertTrue(svg.contains("#fig:has(.pp input:checked) .an{animation-play-state:paused}"))
        XCTAssertTrue(svg.contains("prefers-reduced-motion"))
        XCTAssertFalse(svg.contains("<script"))
        SVGInspector.assertWellFormed(svg, prefix: "fig")
    }

    func testStillFiguresHaveNoAnimation() {
        for sample in Samples.all where sample.name != "contour-animated" {
            let svg = sample.figure.svg(idPrefix: "fig")
            XCTAssertFalse(sample.figure.isAnimated, sample.name)
            XCTAssertFalse(svg.contains("@keyframes"), sample.name)
            XCTAssertFalse(svg.contains("animation"), sample.name)
            XCTAssertFalse(svg.contains("foreignObject"), sample.name)
        }
    }

    func testReplayReachesEachStepAtTheSameMomentForEveryPath() {
        let short = PointSeries("short", points: (0...10).map { (Double($0) / 10, 0.5) })
        let long = PointSeries("long", points: (0...20).map { (Double($0) / 20, 0.25) })
        let plot = ContourPlot({ x, y in x + y }, x: 0...1, y: 0...1, paths: [short, long], resolution: 10,
                               animation: Animation(duration: 3, hold: 1))
        let svg = Figure(.contour(plot)).svg(idPrefix: "p")
        XCTAssertTrue(svg.contains("animation:4s linear infinite both"))
        // The 10-step path ends at 10/20 of the 75 % play share: 37.5 %.
        XCTAssertTrue(svg.contains("@keyframes p-0-0e{0%,37.5%{opacity:0}"), svg)
        XCTAssertTrue(svg.contains("@keyframes p-0-1e{0%,75%{opacity:0}"))
    }
}
