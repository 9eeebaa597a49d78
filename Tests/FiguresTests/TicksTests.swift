import XCTest
@testable import Figures

/// Tick placement, labels, number formatting and contour levels.
final class TicksTests: XCTestCase {
    private func labels(_ ticks: [Tick]) -> [String] { ticks.filter(\.isMajor).map(\.label) }

    func testLinearTicksFollowTheOneTwoFiveRule() {
        XCTAssertEqual(labels(Ticks.linear(lo: 0, hi: 1, target: 5)), ["0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(labels(Ticks.linear(lo: -2, hi: 2, target: 4)), ["−2", "−1", "0", "1", "2"])
        XCTAssertEqual(labels(Ticks.linear(lo: 0, hi: 300, target: 6)), ["0", "50", "100", "150", "200", "250", "300"])
        XCTAssertEqual(labels(Ticks.linear(lo: 0.013, hi: 0.047, target: 4)), ["0.02", "0.03", "0.04"])
        XCTAssertEqual(labels(Ticks.linear(lo: -5.12, hi: 5.12, target: 5)), ["−4", "−2", "0", "2", "4"])
        XCTAssertEqual(labels(Ticks.linear(lo: 0, hi: 3e7, target: 3)), ["0", "10⁷", "2×10⁷", "3×10⁷"])
        XCTAssertEqual(Ticks.niceStep(lo: 0, hi: 7, target: 5), 2)
        XCTAssertEqual(Ticks.niceStep(lo: 0, hi: 0.9, target: 3), 0.5)
    }

    func testLogTicksSitOnDecades() {
        let wide = Ticks.log(lo: 1e-6, hi: 10)
        XCTAssertEqual(labels(wide), ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹"])
        XCTAssertFalse(wide.contains { !$0.isMajor && $0.value < 1e-5 }, "no minor ticks over many decades")
        let few = Ticks.log(lo: 1e-3, hi: 10)
        XCTAssertTrue(few.contains { !$0.isMajor && abs($0.value - 2e-3) < 1e-15 }, "minor ticks at 2…9 × 10ᵏ")
        XCTAssertEqual(labels(Ticks.log(lo: 0.01, hi: 1000)), ["0.01", "0.1", "1", "10", "100", "1000"])
        XCTAssertEqual(labels(Ticks.log(lo: 0.015, hi: 3)), ["0.02", "0.05", "0.1", "0.2", "0.5", "1", "2"])
        XCTAssertEqual(labels(Ticks.log(lo: 1e-30, hi: 1)).count, 8, "every 4th decade over 30 decades")
    }

    func testNumberFormatting() {
        XCTAssertEqual(NumberFormat.fixed(-0.5, decimals: 2), "−0.50")
        XCTAssertEqual(NumberFormat.fixed(-0.001, decimals: 2), "0.00")
        XCTAssertEqual(NumberFormat.compact(1234.5), "1235")
        XCTAssertEqual(NumberFormat.compact(0.012345), "0.0123")
        XCTAssertEqual(NumberFormat.compact(0.000123), "1.23×10⁻⁴")
        XCTAssertEqual(NumberFormat.scientific(9.99e5, significant: 2), "10⁶")
        XCTAssertEqual(NumberFormat.compact(.nan), "NaN")
    }

    func testSVGNumbersUseHundredths() {
        var writer = SVGWriter()
        for value in [0, 1205.0 / 100, -0.5, 0.05, -0.004, 123456.789, .nan] {
            writer.number(value)
            writer.raw(" ")
        }
        XCTAssertEqual(writer.string, "0 12.05 -.5 .05 0 123456.79 0 ")
    }

    func testContourLevelsGoLogWhenValuesSpanDecades() {
        let rosenbrock = ScalarGrid(x: -2...2, y: -1...3, columns: 60, rows: 60) { x, y in
            (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        }
        let levels = LevelPicker.levels(.automatic, for: rosenbrock)
        XCTAssertTrue(levels.contains(10) && levels.contains(100) && levels.contains(1000), "\(levels)")
        let ratios = zip(levels, levels.dropFirst()).map { $1 / $0 }
        XCTAssertTrue(ratios.allSatisfy { $0 >= 2 && $0 <= 2.5 }, "1-2-5 steps: \(levels)")

        let bowl = ScalarGrid(x: -2...2, y: -2...2, columns: 40, rows: 40) { x, y in x * x + y * y }
        let linear = LevelPicker.levels(.automatic, for: bowl)
        XCTAssertEqual(linear, [1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(LevelPicker.levels(.values([3, 1, 99]), for: bowl), [1, 3])
    }
}
