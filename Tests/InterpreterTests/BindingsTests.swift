import Interpreter
import XCTest

/// Optim and Figures bindings: figures, display, determinism and located errors.
final class BindingsTests: XCTestCase {
    func testFiguresGetUniqueIDPrefixesAcrossBlocks() {
        let session = Session()
        let first = session.run("""
            let run = try minimize(Rosenbrock(), from: [-1.5, 2], using: try Adam(lr: 0.05), steps: 20)
            contour(Rosenbrock(), x: -2...2, y: -1...3, paths: [run], title: "Adam on Rosenbrock")
            plot([run], labels: ["Adam"], y: .log)
            """, mode: .normal)
        let second = session.run("plot(run.losses, label: \"loss\")", mode: .normal)
        XCTAssertEqual(first.diagnostics, [])
        let svgs = (first.outputs + second.outputs).compactMap { output -> String? in
            if case .figure(let svg, _, _) = output { return svg }
            return nil
        }
        XCTAssertEqual(svgs.count, 3)
        for (i, svg) in svgs.enumerated() {
            XCTAssertTrue(svg.contains("fig\(i + 1)"), "figure \(i + 1) lacks its id prefix")
            XCTAssertFalse(svg.contains("fig\(i + 2)-"), "figure \(i + 1) uses another figure's prefix")
        }
        guard case .figure(_, let title, _)? = first.outputs.first else { return XCTFail("no figure") }
        XCTAssertEqual(title, "Adam on Rosenbrock")
    }

    func testLossPlotsTitleTheirXAxisStepUnlessToldOtherwise() {
        func svg(_ source: String) -> String {
            let outcome = Session().run(source, mode: .normal)
            guard case .figure(let svg, _, _)? = outcome.outputs.first else { return "no figure: \(outcome.diagnostics)" }
            return svg
        }
        XCTAssertTrue(svg("plot([3.0, 2.0, 1.5], label: \"loss\")").contains(">step</text>"))
        XCTAssertTrue(svg("plot([3.0, 2.0, 1.5], label: \"loss\", xLabel: \"epoch\")").contains(">epoch</text>"))
        XCTAssertFalse(svg("plot([3.0, 2.0, 1.5], label: \"loss\", xLabel: \"epoch\")").contains(">step</text>"))
    }

    func testMatricesDisplayAligned() {
        let outcome = Session().run("Matrix([[1, -20.5], [300, 4]])", mode: .normal)
        XCTAssertEqual(outcome.outputs, [.value("[  1.0  -20.5\n 300.0    4.0]")])
    }

    func testRunsDisplayAsASummary() {
        let outcome = Session().run("try minimize(Quadratic(diagonal: [2, 100]), from: [1, 1], using: Newton(), steps: 0)", mode: .normal)
        XCTAssertEqual(outcome.outputs, [.value("Run(steps: 0, final loss: 51.0, final point: [1.0, 1.0])")])
    }

    func testUnseededGeneratorFollowsTheSessionSeed() {
        func draw(_ seed: UInt64) -> [BlockOutput] {
            Session(options: SessionOptions(seed: seed)).run("var g = RandomGenerator()\ng.normal()", mode: .normal).outputs
        }
        XCTAssertEqual(draw(3), draw(3))
        XCTAssertNotEqual(draw(3), draw(4))
        XCTAssertEqual(draw(3).count, 1)
        // A temporary cannot be mutated, as in Swift.
        let temporary = Session().run("RandomGenerator().normal()", mode: .normal)
        XCTAssertEqual(temporary.diagnostics.first?.message.hasPrefix("cannot"), true, "\(temporary.diagnostics)")
    }

    func testErrorsInsideDifferentiatedClosuresAreLocated() {
        let outcome = Session().run("""
            let f = { (x: [Jet]) -> Jet in x[0] / x[5] }
            let h = hessian(of: f, at: [1, 2])
            """, mode: .normal)
        XCTAssertEqual(outcome.diagnostics.first?.line, 1)
        XCTAssertEqual(outcome.diagnostics.first?.column, 39)
    }

    func testBuiltInObjectivesRespectTheTimeBudget() {
        let start = Date()
        let outcome = Session(options: SessionOptions(timeBudget: 0.3)).run("""
            let run = try minimize(Rosenbrock(), from: [1, 1], using: try SGD(lr: 1e-9), steps: 9_000_000)
            """, mode: .normal)
        XCTAssertTrue(outcome.diagnostics.first?.message.contains("time budget") ?? false, "\(outcome.diagnostics)")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testSchedulesStillApplyUnderTheBudget() {
        let outcome = Session().run("""
            let run = try minimize(Saddle(), from: [1, 1], using: try SGD(lr: 0.1), steps: 3, schedule: ExponentialSchedule(initial: 0.1, decay: 0.5))
            run.learningRates
            """, mode: .normal)
        XCTAssertEqual(outcome.outputs, [.value("[0.1, 0.05, 0.025]")])
        let constant = Session().run("try minimize(Saddle(), from: [1, 1], using: try SGD(lr: 0.1), steps: 2).learningRates", mode: .normal)
        XCTAssertEqual(constant.outputs, [.value("[0.1, 0.1]")])
    }

    func testNativeLoopsRespectTheTimeBudget() {
        let start = Date()
        let outcome = Session(options: SessionOptions(timeBudget: 0.5)).run("""
            let f = FunctionObjective(dimension: 2) { x in x[0] * x[0] + x[1] * x[1] }
            let run = try minimize(f, from: [1, 1], using: try SGD(lr: 1e-9), steps: 5_000_000)
            """, mode: .normal)
        XCTAssertTrue(outcome.diagnostics.first?.message.contains("time budget") ?? false, "\(outcome.diagnostics)")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }
}
