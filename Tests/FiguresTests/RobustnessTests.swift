import XCTest
@testable import Figures

/// Diverged runs, empty inputs and hostile labels never break the SVG.
final class RobustnessTests: XCTestCase {
    private func check(_ figure: Figure, file: StaticString = #filePath, line: UInt = #line) -> String {
        let svg = figure.svg(idPrefix: "r")
        SVGInspector.assertWellFormed(svg, prefix: "r", file: file, line: line)
        return svg
    }

    func testNonFiniteValuesAreSkipped() {
        let values = [1, 0.5, .nan, 0.2, .infinity, -.infinity, 0, -1, 0.1]
        for scale in [AxisScale.linear, .log] {
            let svg = check(Figure(.line(LinePlot([Series("diverged", values: values,
                                                          band: (values.map { $0 / 2 }, values.map { $0 * 2 }))],
                                                  y: scale))))
            XCTAssertFalse(svg.lowercased().contains("nan"))
            XCTAssertFalse(svg.contains("inf"))
        }
        let blowUp = ContourPlot({ x, y in x > 0.5 ? .infinity : (y < -0.5 ? .nan : x * x + y * y) },
                                 x: -1...1, y: -1...1, paths: [
                                     PointSeries("run", points: [(0, 0), (0.5, 0.5), (1e300, -1e300), (.nan, 1), (0.2, 0.1)]),
                                 ], resolution: 30)
        let svg = check(Figure(.contour(blowUp)))
        XCTAssertFalse(svg.contains("e+"))
    }

    func testEmptyInputsStillRender() {
        _ = check(Figure(.line(LinePlot([]))))
        _ = check(Figure(.line(LinePlot([Series("nothing", values: [])], y: .log))))
        _ = check(Figure(.scatter(ScatterPlot([]))))
        _ = check(Figure(.bar(BarChart(categories: [], series: []))))
        _ = check(Figure(.contour(ContourPlot({ _, _ in 1 }, x: 0...1, y: 0...1))))
        _ = check(Figure(.contour(ContourPlot(values: [], x: 0...1, y: 0...1))))
        _ = check(Figure(.landscape(LandscapePlot(snapshots: [[1, 2]], loss: { $0[0] }))))
        _ = check(Figure(SmallMultiples([])))
    }

    func testLabelsAreEscapedAndUnicodeSurvives() {
        let svg = check(Figure(.line(LinePlot([Series("a<b & \"c\"", values: [1, 2])], yLabel: "η, β₁, 学习率")),
                               title: "</svg><script>", caption: "x & y"))
        XCTAssertTrue(svg.contains("a&lt;b &amp; &quot;c&quot;"))
        XCTAssertTrue(svg.contains("η, β₁, 学习率"))
        XCTAssertFalse(svg.contains("<script>"))
    }

    func testLongPathsAreSimplified() {
        let steps = 20_000
        let run = PointSeries("long", points: (0...steps).map { index in
            let t = Double(index) / Double(steps)
            return (cos(6 * t) * (1 - t), sin(6 * t) * (1 - t))
        })
        let svg = check(Figure(.contour(ContourPlot({ x, y in x * x + y * y }, x: -1...1, y: -1...1,
                                                    paths: [run], style: .lines, resolution: 40))))
        XCTAssertLessThan(svg.utf8.count, 40_000, "20,000 steps must not mean 20,000 vertices")
    }
}
