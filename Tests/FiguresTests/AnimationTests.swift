import XCTest
@testable import Figures

/// Animation markup appears exactly when asked for.
final class AnimationTests: XCTestCase {
    func testAnimatedContourHasKeyframesAndPlayPause() {
        let svg = Samples.animatedContour.svg(idPrefix: "fig")
        XCTAssertTrue(Samples.animatedContour.isAnimated)
        XCTAssertTrue(svg.contains("@keyframes fig-0-0t{0%{stroke-dashoffset:100}"))
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

    func testHeadAndTrailAgreeAtEveryKeyframe() throws {
        // A straight run along y = 0.5 whose steps shrink geometrically: the
        // drawn line is one segment, yet step k must be reached at k/n of
        // the replay with the trail ending exactly under the head.
        let xs = (0...8).map { 1 - pow(0.5, Double($0)) }
        let run = PointSeries("run", points: xs.map { ($0, 0.5) })
        let plot = ContourPlot({ x, y in x + y }, x: 0...1, y: 0...1, paths: [run], style: .lines, resolution: 4,
                               animation: Animation(duration: 8, hold: 0))
        let svg = Figure(.contour(plot), width: 400, height: 300).svg(idPrefix: "h")
        func frames(_ name: String, _ property: String) throws -> [(Double, Double)] {
            let start = try XCTUnwrap(svg.range(of: "@keyframes \(name){"))
            let body = svg[start.upperBound...].prefix { $0 != "@" }
            return body.components(separatedBy: "}").compactMap { frame in
                let parts = frame.components(separatedBy: "%{\(property):")
                guard parts.count == 2, let time = Double(parts[0]),
                      let value = Double(parts[1].prefix { $0 != "p" && $0 != ";" }) else { return nil }
                return (time, value)
            }
        }
        let trail = try frames("h-0-0t", "stroke-dashoffset")
        let head = try frames("h-0-0h", "cx")
        XCTAssertEqual(trail.count, 10)
        XCTAssertEqual(head.count, 10)
        let left = try XCTUnwrap(head.first?.1)
        let right = left + (try XCTUnwrap(head.dropLast().last?.1) - left) / xs[8]
        for (index, x) in xs.enumerated() {
            XCTAssertEqual(trail[index].0, 100 * Double(index) / 8, accuracy: 0.01, "time ∝ step")
            XCTAssertEqual((head[index].1 - left) / (right - left), x, accuracy: 0.002, "head at the step")
            XCTAssertEqual(1 - trail[index].1 / 100, x / xs[8], accuracy: 1e-4, "trail reaches the head")
        }
    }
}
