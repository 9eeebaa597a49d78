import Foundation
import XCTest
@testable import Figures

/// Marching squares, simplification, clipping and the principal plane.
final class GeometryTests: XCTestCase {
    private let paraboloid = ScalarGrid(x: -2...2, y: -2...2, columns: 101, rows: 101) { x, y in x * x + y * y }

    func testLevelOneOfParaboloidIsTheUnitCircle() throws {
        let lines = MarchingSquares(grid: paraboloid, closed: false).lines(at: [1])[0]
        XCTAssertEqual(lines.count, 1)
        let loop = try XCTUnwrap(lines.first)
        XCTAssertGreaterThan(loop.count, 50)
        XCTAssertEqual(loop.first, loop.last, "a closed loop repeats its first point")
        for point in loop {
            XCTAssertEqual((point.x * point.x + point.y * point.y).squareRoot(), 1, accuracy: 1e-2)
        }
    }

    func testRegionOutlinesCloseAlongTheBox() throws {
        // {x² + y² ≥ 1} inside the box: the box outline and the unit circle (a hole).
        let loops = MarchingSquares(grid: paraboloid, closed: true).lines(at: [1])[0]
        XCTAssertEqual(loops.count, 2)
        for loop in loops { XCTAssertEqual(loop.first, loop.last) }
        let outer = try XCTUnwrap(loops.max { $0.count < $1.count && extent($0) <= extent($1) })
        XCTAssertEqual(extent(outer), 2, accuracy: 1e-9, "the outline runs along the box edge")
        let radii = loops.filter { extent($0) < 1.5 }.flatMap { $0 }.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }
        XCTAssertFalse(radii.isEmpty)
        for radius in radii { XCTAssertEqual(radius, 1, accuracy: 1e-2) }
    }

    func testSaddleAndNonFiniteSamplesStayWellDefined() {
        let grid = ScalarGrid(x: -1...1, y: -1...1, columns: 21, rows: 21) { x, y in
            x > 0.5 && y > 0.5 ? .nan : x * y
        }
        for level in [-0.2, 0, 0.2] {
            for line in MarchingSquares(grid: grid, closed: false).lines(at: [level])[0] {
                XCTAssertTrue(line.allSatisfy(\.isFinite))
                XCTAssertTrue(line.allSatisfy { abs($0.x) <= 1 && abs($0.y) <= 1 })
            }
        }
    }

    func testSimplificationKeepsEndpointsAndBoundsTheError() {
        let points = (0...2000).map { index -> Point in
            let t = Double(index) / 2000 * 6 * .pi
            return Point(x: 100 * t, y: 50 * sin(t) + 0.1 * sin(97 * t))
        }
        for tolerance in [0.1, 0.35, 2] {
            let kept = Simplification.keptIndices(points, tolerance: tolerance)
            XCTAssertEqual(kept.first, 0)
            XCTAssertEqual(kept.last, points.count - 1)
            XCTAssertLessThan(kept.count, points.count / 3)
            for (a, b) in zip(kept, kept.dropFirst()) {
                for index in a...b {
                    let distance = Simplification.squaredDistance(points[index], toSegment: points[a], points[b]).squareRoot()
                    XCTAssertLessThanOrEqual(distance, tolerance + 1e-12)
                }
            }
        }
        XCTAssertEqual(Simplification.keptIndices([Point(x: 0, y: 0), Point(x: 1, y: 1)], tolerance: 1), [0, 1])
    }

    func testClippingCutsAtTheBorderAndBreaksAtNonFinitePoints() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 10)
        let pieces = Clipping.polyline([
            Point(x: 5, y: 5), Point(x: 15, y: 5), Point(x: 15, y: 8), Point(x: 5, y: 8),
            Point(x: .nan, y: 1), Point(x: 2, y: 2), Point(x: 3, y: 3),
        ], to: rect)
        XCTAssertEqual(pieces, [
            [Point(x: 5, y: 5), Point(x: 10, y: 5)],
            [Point(x: 10, y: 8), Point(x: 5, y: 8)],
            [Point(x: 2, y: 2), Point(x: 3, y: 3)],
        ])
        XCTAssertNil(Clipping.segment(Point(x: -5, y: -5), Point(x: -1, y: 20), to: rect))
    }

    func testPrincipalPlaneRecoversAPlanarTrajectory() {
        // Snapshots in span{u, v} of R⁶ (plus the origin offset): the plane
        // must explain all the variance and reproduce the coordinates.
        let u = [1.0, 2, 0, -1, 0, 1].map { $0 / 7.0.squareRoot() }
        let v = [0.0, 1, 1, 1, 1, -1].map { $0 / 5.0.squareRoot() }
        let offset = [3.0, -1, 2, 0, 5, 1]
        let snapshots = (0...40).map { index -> [Double] in
            let t = Double(index) / 40
            let a = 4 * (1 - t) * cos(5 * t)
            let b = 1.5 * (1 - t) * sin(5 * t)
            return (0..<6).map { offset[$0] + a * u[$0] + b * v[$0] }
        }
        let plane = PrincipalPlane(snapshots: snapshots)
        XCTAssertEqual(plane.explained.0 + plane.explained.1, 1, accuracy: 1e-9)
        XCTAssertGreaterThan(plane.explained.0, plane.explained.1)
        XCTAssertEqual(PrincipalPlane.dot(plane.first, plane.second), 0, accuracy: 1e-9)
        for snapshot in snapshots {
            let (a, b) = plane.project(snapshot)
            let back = plane.parameters(a, b)
            for k in 0..<6 { XCTAssertEqual(back[k], snapshot[k], accuracy: 1e-9) }
        }
    }

    func testLandscapeEvaluatesTheLossOnThePlane() {
        let snapshots = (0...30).map { index -> [Double] in
            let t = Double(30 - index) / 10
            return [t, 0.3 * t * t, 0.1 * t, -t]
        }
        let plot = LandscapePlot(snapshots: snapshots, loss: { $0.reduce(0) { $0 + $1 * $1 } }, resolution: 11)
        XCTAssertGreaterThan(plot.explainedVariance.first, 0.9)
        XCTAssertEqual(plot.contour.grid.columns, 11)
        XCTAssertEqual(plot.contour.paths.first?.points.last?.x ?? 1, 0, accuracy: 1e-12, "the last snapshot is the origin")
        let svg = Figure(.landscape(plot)).svg(idPrefix: "ls")
        XCTAssertTrue(svg.contains("PC1 ("))
        SVGInspector.assertWellFormed(svg, prefix: "ls")
    }

    /// Half the larger side of a loop's bounding box.
    private func extent(_ loop: [Point]) -> Double {
        max(loop.map { abs($0.x) }.max() ?? 0, loop.map { abs($0.y) }.max() ?? 0)
    }
}
