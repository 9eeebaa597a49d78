import XCTest
@testable import Figures

/// Data and axis ranges at the edges of `Double` give bounded ticks and finite domains, never a trap or a
/// tick loop without end.
final class ExtremeRangeTests: XCTestCase {
    /// 10⁻³²⁰, a subnormal number (as a literal it would warn of its lost precision).
    private let subnormal = Double("1e-320")!

    func testTicksOfSpansNoOneTwoFiveStepFitsAreTheEnds() {
        for (lo, hi) in [(-1.7e308, 1.7e308), (-Double.infinity, Double.infinity), (0, subnormal), (-.greatestFiniteMagnitude, 0)] {
            let ticks = Ticks.linear(lo: lo, hi: hi)
            XCTAssertLessThanOrEqual(ticks.count, Ticks.maximumCount, "\(lo)…\(hi)")
            XCTAssertFalse(ticks.isEmpty, "\(lo)…\(hi)")
        }
        XCTAssertEqual(Ticks.linear(lo: -.infinity, hi: .infinity).map(\.label), ["−∞", "∞"])
        XCTAssertEqual(NumberFormat.power10(-320), subnormal)
        XCTAssertEqual(NumberFormat.compact(subnormal), "10⁻³²⁰")
        XCTAssertFalse(Ticks.log(lo: subnormal, hi: 1).contains { $0.value < 1e-308 }, "subnormal decades get no ticks")
    }

    func testDomainsStayFiniteWithRoomForTheirTicks() {
        let huge = DataDomain.extent([-1.7e308, 1.7e308], scale: .linear)
        XCTAssertTrue((huge.upperBound - huge.lowerBound).isFinite)
        XCTAssertEqual(huge.upperBound, DataDomain.linearLimit * 1.1, accuracy: 1e293, "clamped, then padded")
        let tiny = DataDomain.extent([0, subnormal], scale: .linear)
        XCTAssertEqual(tiny, -1...(1 + subnormal))
        let log = DataDomain.extent([subnormal, 1.7e308], scale: .log)
        XCTAssertEqual(log, Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude)
        XCTAssertEqual(DataDomain.extent([2, 4], scale: .linear), 1.9...4.1, "ordinary data keeps its padding")
    }

    func testFiguresOfExtremeDataRender() {
        for values in [[0, subnormal], [-1.7e308, 1.7e308]] {
            for scale in [AxisScale.linear, .log] {
                let svg = Figure(.line(LinePlot([Series("x", values: values)], y: scale))).svg(idPrefix: "r")
                SVGInspector.assertWellFormed(svg, prefix: "r")
                XCTAssertFalse(svg.lowercased().contains("nan"), "\(values) \(scale)")
            }
        }
        let contour = Figure(.contour(ContourPlot({ x, y in x * x + y * y }, x: -.infinity ... .infinity, y: -1...1,
                                                  resolution: 20)))
        SVGInspector.assertWellFormed(contour.svg(idPrefix: "c"), prefix: "c")
        let panel = (title: "p", chart: Chart.contour(ContourPlot({ x, y in x * y }, x: 0...1, y: 0...1, resolution: 10)))
        for columns in [Int.max, Int.min, 0] {
            XCTAssertEqual(SmallMultiples([panel, panel, panel], columns: columns).rows, columns == Int.max ? 1 : 3)
        }
        XCTAssertEqual(SmallMultiples([panel, panel, panel], columns: 2).rows, 2)
        XCTAssertEqual(SmallMultiples([]).rows, 0)
    }
}
