import Interpreter
import XCTest

/// `explore` and its figures: variants equal separate runs, bounds are errors at the call.
final class ExploreTests: XCTestCase {
    /// The figures a block drew, as markup.
    private func figures(_ outcome: BlockOutcome) -> [String] {
        outcome.outputs.compactMap { output -> String? in
            if case .figure(let svg, _, _) = output { return svg }
            return nil
        }
    }

    func testVariantsEqualSeparateRunsByteForByte() {
        let outcome = Session().run("""
            let bowl = Quadratic(diagonal: [2, 100])
            let grid = explore(eta: [0.004, 0.016], gamma: [0, 0.9]) { eta, gamma in
                try minimize(bowl, from: [-7, 1.5], using: SGD(lr: eta, momentum: gamma), steps: 200)
            }
            contour(bowl, x: -8...8, y: -2...2, explored: grid, label: "heavy ball")
            var k = 0
            for eta in [0.004, 0.016] {
                for gamma in [0.0, 0.9] {
                    let alone = try minimize(bowl, from: [-7, 1.5], using: SGD(lr: eta, momentum: gamma), steps: 200)
                    let v = grid.variants[k]
                    expect(v.value("eta") == eta && v.value("gamma") == gamma, "variant \\(k) has its values")
                    expect(v.run!.points == alone.points && v.run!.losses == alone.losses, "variant \\(k) = its run alone")
                    contour(bowl, x: -8...8, y: -2...2, paths: [alone], labels: ["heavy ball"])
                    k += 1
                }
            }
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.checks.count, 8)
        XCTAssertTrue(outcome.checks.allSatisfy(\.passed), "\(outcome.checks)")
        let drawn = figures(outcome)
        XCTAssertEqual(drawn.count, 5)
        // Each variant's paths are, byte for byte, the paths of a figure of its run alone.
        for k in 0..<4 {
            let open = "<g class=\"xv\(k == 0 ? " on" : "")\" data-variant=\"\(k)\">"
            guard let start = drawn[0].range(of: open), let end = drawn[0].range(of: "</g></g>", range: start.upperBound..<drawn[0].endIndex) else {
                return XCTFail("no group for variant \(k)")
            }
            let paths = String(drawn[0][start.upperBound..<end.lowerBound]) + "</g>"
            XCTAssertTrue(paths.contains("<path class=\"ln\" d=\"M"), "variant \(k) draws no path")
            XCTAssertTrue(drawn[k + 1].contains(paths), "variant \(k) differs from its run drawn alone")
        }
        // One slider per parameter; the map is drawn once.
        XCTAssertEqual(drawn[0].components(separatedBy: "type=\"range\"").count - 1, 2)
        XCTAssertEqual(drawn[0].components(separatedBy: "<g class=\"bd\"").count, drawn[1].components(separatedBy: "<g class=\"bd\"").count)
    }

    func testBestAndChecksReferToTheGrid() {
        let outcome = Session().run("""
            let grid = explore(eta: [0.1, 0.5, 0.9]) { eta in
                try minimize(Quadratic(diagonal: [1, 1]), from: [1, 1], using: SGD(lr: eta), steps: 50)
            }
            expect(grid.count == 3, "three variants")
            grid.best(by: .finalLoss)
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.outputs.last, .value("eta = 0.9"))
    }

    func testAGridOverTheCapIsAnErrorAtTheCall() {
        let outcome = Session().run("""
            let xs = [1.0, 2, 3, 4, 5, 6, 7, 8, 9]
            let grid = explore(a: xs, b: xs) { a, b in
                try minimize(Quadratic(diagonal: [a, b]), from: [1, 1], using: SGD(lr: 0.1), steps: 5)
            }
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.first?.line, 2)
        XCTAssertEqual(outcome.diagnostics.first?.column, 12)
        XCTAssertEqual(outcome.diagnostics.first?.message.contains("at most 64 variants, and 9 × 9 values make 81"), true, "\(outcome.diagnostics)")
    }

    func testParametersNeedDistinctNames() {
        let unnamed = Session().run("explore([1.0]) { a in try minimize(Quadratic(diagonal: [a]), from: [1], using: SGD(lr: 0.1), steps: 5) }", mode: .normal)
        XCTAssertEqual(unnamed.diagnostics.first?.message.contains("needs a name"), true, "\(unnamed.diagnostics)")
        let twice = Session().run("explore(a: [1.0], a: [2.0]) { a, b in try minimize(Quadratic(diagonal: [a, b]), from: [1, 1], using: SGD(lr: 0.1), steps: 5) }",
                                  mode: .normal)
        XCTAssertEqual(twice.diagnostics.first?.message.contains("named twice"), true, "\(twice.diagnostics)")
    }

    func testAFailedVariantIsShownNotFatal() {
        let outcome = Session().run("""
            let grid = explore(eta: [0.5, 30]) { eta in
                try minimize(Quadratic(diagonal: [1]), from: [1], using: SGD(lr: eta), steps: 400)
            }
            plotFunction(Quadratic(diagonal: [1]), x: -2...2, explored: grid, label: "GD")
            expect(grid.variants[0].converged && grid.variants[1].run == nil, "the large step failed")
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertTrue(outcome.checks.allSatisfy(\.passed), "\(outcome.checks)")
        XCTAssertEqual(figures(outcome).first?.contains("<td>—</td>"), true)
    }

    func testTheGridRunsUnderTheBlocksTimeBudget() {
        let start = Date()
        let outcome = Session(options: SessionOptions(timeBudget: 0.3)).run("""
            let grid = explore(a: [1.0, 2, 3, 4]) { a in
                var x = a
                while x > 0 { x += 1 }
                return try minimize(Quadratic(diagonal: [x]), from: [1], using: SGD(lr: 0.1), steps: 5)
            }
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.map(\.message), ["time budget of 0.3 s exceeded"])
        XCTAssertEqual(outcome.diagnostics.first?.line, 3)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testAFigureOverItsBudgetIsAnErrorAtTheCall() {
        let outcome = Session().run("""
            let grid = explore(a: Array(1...64).map { Double($0) / 64 }) { a in
                try minimize(Quadratic(diagonal: [1]), from: [1], using: SGD(lr: a / 100), steps: 2000)
            }
            plotFunction(Quadratic(diagonal: [1]), x: -2...2, explored: grid)
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.first?.line, 4)
        XCTAssertEqual(outcome.diagnostics.first?.message.contains("KiB, over the 1024 KiB"), true, "\(outcome.diagnostics)")
    }
}
