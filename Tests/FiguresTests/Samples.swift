import Foundation
@testable import Figures

/// Deterministic sample figures, one (or more) per kind: the golden files,
/// the gallery and the XML checks all draw these.
enum Samples {
    /// Rosenbrock's banana function.
    static func rosenbrock(_ x: Double, _ y: Double) -> Double {
        (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }

    /// Rosenbrock's gradient.
    static func rosenbrockGradient(_ x: Double, _ y: Double) -> (Double, Double) {
        (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
    }

    /// Rastrigin in two dimensions.
    static func rastrigin(_ x: Double, _ y: Double) -> Double {
        20 + x * x - 10 * cos(2 * .pi * x) + y * y - 10 * cos(2 * .pi * y)
    }

    /// Runs heavy-ball momentum (β = 0 is plain gradient descent) from `start`.
    static func momentum(_ label: String, steps: Int, eta: Double, beta: Double, start: (Double, Double),
                         gradient: (Double, Double) -> (Double, Double)) -> PointSeries {
        var (x, y) = start
        var (vx, vy) = (0.0, 0.0)
        var points: [(x: Double, y: Double)] = [(x, y)]
        for _ in 0..<steps {
            let (gx, gy) = gradient(x, y)
            vx = beta * vx - eta * gx
            vy = beta * vy - eta * gy
            x += vx
            y += vy
            points.append((x, y))
        }
        return PointSeries(label, points: points)
    }

    /// Runs Adam from `start`.
    static func adam(_ label: String, steps: Int, eta: Double, start: (Double, Double),
                     gradient: (Double, Double) -> (Double, Double)) -> PointSeries {
        var p = [start.0, start.1]
        var m = [0.0, 0.0]
        var v = [0.0, 0.0]
        var points: [(x: Double, y: Double)] = [(p[0], p[1])]
        for t in 1...steps {
            let (gx, gy) = gradient(p[0], p[1])
            let g = [gx, gy]
            for k in 0..<2 {
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k]
                let mHat = m[k] / (1 - pow(0.9, Double(t)))
                let vHat = v[k] / (1 - pow(0.999, Double(t)))
                p[k] -= eta * mHat / (vHat.squareRoot() + 1e-8)
            }
            points.append((p[0], p[1]))
        }
        return PointSeries(label, points: points)
    }

    /// Three optimizers on Rosenbrock from (−1.5, 2).
    static func rosenbrockRuns(steps: Int = 1500) -> [PointSeries] {
        [
            momentum("GD, η = 0.001", steps: steps, eta: 0.001, beta: 0, start: (-1.5, 2), gradient: rosenbrockGradient),
            momentum("Momentum, β = 0.9", steps: steps, eta: 0.0005, beta: 0.9, start: (-1.5, 2), gradient: rosenbrockGradient),
            adam("Adam, β₁ = 0.9", steps: steps, eta: 0.05, start: (-1.5, 2), gradient: rosenbrockGradient),
        ]
    }

    /// Rosenbrock with three paths, log levels, the minimum marked.
    static var contour: Figure {
        Figure(.contour(ContourPlot(rosenbrock, x: -2...2, y: -1...3, paths: rosenbrockRuns(),
                                    minimum: (1, 1))),
               title: "Rosenbrock: three optimizers from (−1.5, 2)")
    }

    /// The same map, replayed.
    static var animatedContour: Figure {
        Figure(.contour(ContourPlot(rosenbrock, x: -2...2, y: -1...3, paths: rosenbrockRuns(),
                                    animation: Animation(duration: 6, hold: 2), minimum: (1, 1))),
               title: "Rosenbrock, replayed")
    }

    /// Rastrigin iso-lines with a run that diverges (NaN after blowing up).
    static var rastriginLines: Figure {
        let gradient = { (x: Double, y: Double) -> (Double, Double) in
            (2 * x + 20 * .pi * sin(2 * .pi * x), 2 * y + 20 * .pi * sin(2 * .pi * y))
        }
        var diverged = momentum("GD, η = 0.02 (diverges)", steps: 60, eta: 0.02, beta: 0, start: (0.3, 0.2), gradient: gradient)
        diverged.points += [(.infinity, 3), (.nan, .nan)]
        return Figure(.contour(ContourPlot(rastrigin, x: -5.12...5.12, y: -5.12...5.12, paths: [
            momentum("GD, η = 0.002", steps: 200, eta: 0.002, beta: 0, start: (3.2, -2.1), gradient: gradient),
            diverged,
        ], levels: .linear(count: 8), style: .lines, resolution: 100, xLabel: "x₁", yLabel: "x₂")),
            title: "Rastrigin (ラストリギン関数)", width: 520, height: 480)
    }

    /// Deterministic pseudo-noise in [−1, 1].
    static func noise(_ seed: Int) -> Double {
        var z = UInt64(truncatingIfNeeded: seed) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z % 2_000_001) / 1_000_000 - 1
    }

    /// Loss curves on a log axis, one with a min–max band, one sparse.
    static var lines: Figure {
        let steps = 300
        func curve(_ rate: Double, _ floor: Double, _ seed: Int) -> [Double] {
            (0..<steps).map { step in
                (floor + 2 * exp(-rate * Double(step))) * (1 + 0.08 * noise(seed * 1000 + step))
            }
        }
        let sgd = curve(0.01, 0.05, 1)
        let adam = curve(0.04, 0.02, 2)
        let band = (lower: adam.map { $0 * 0.8 }, upper: adam.map { $0 * 1.25 })
        let validation = (0...15).map { 0.03 + 2 * exp(-0.04 * Double($0 * 20)) }
        return Figure(.line(LinePlot([
            Series("SGD, η = 0.1", values: sgd),
            Series("Adam (5 seeds, min–max)", values: adam, band: band),
            Series("Adam, validation", values: validation, steps: (0...15).map { Double($0 * 20) }),
        ], y: .log, yLabel: "loss")), title: "Training loss")
    }

    /// x·cos(cx) with gradient-descent iterates for two step sizes.
    static var function: Figure {
        let c = 2.0
        let f = { (x: Double) -> Double in x * cos(c * x) }
        let df = { (x: Double) -> Double in cos(c * x) - c * x * sin(c * x) }
        func descend(_ eta: Double, from start: Double, steps: Int) -> [Double] {
            var x = start
            var xs = [x]
            for _ in 0..<steps {
                x -= eta * df(x)
                xs.append(x)
            }
            return xs
        }
        return Figure(.function(FunctionPlot(f, x: -3...3, iterates: [
            ("η = 0.05", descend(0.05, from: -1.45, steps: 25)),
            ("η = 0.35", descend(0.35, from: 0.5, steps: 10)),
        ], yLabel: "x·cos(2x)")), title: "Gradient descent on x·cos(2x)")
    }

    /// A ten-parameter run of gradient descent on an ill-conditioned,
    /// slightly non-convex loss, seen on its principal plane.
    static var landscape: Figure {
        let dimension = 10
        let curvature = (0..<dimension).map { 0.2 + 1.8 * Double($0) / Double(dimension - 1) }
        let loss = { (theta: [Double]) -> Double in
            var sum = 0.0
            for k in 0..<theta.count { sum += curvature[k] * theta[k] * theta[k] }
            return 0.5 * sum + 0.3 * sin(3 * theta[0]) * cos(2 * theta[1]) + 0.3
        }
        var theta = (0..<dimension).map { 1.5 * cos(Double($0)) }
        var snapshots = [theta]
        for _ in 0..<120 {
            let gradient = (0..<dimension).map { k -> Double in
                var g = curvature[k] * theta[k]
                if k == 0 { g += 0.9 * cos(3 * theta[0]) * cos(2 * theta[1]) }
                if k == 1 { g -= 0.6 * sin(3 * theta[0]) * sin(2 * theta[1]) }
                return g
            }
            theta = zip(theta, gradient).map { $0 - 0.45 * $1 }
            snapshots.append(theta)
        }
        return Figure(.landscape(LandscapePlot(snapshots: snapshots, label: "GD, η = 0.45", loss: loss)),
                      title: "Loss landscape around the trajectory")
    }

    /// Two clusters.
    static var scatter: Figure {
        let a = PointSeries("class 0", points: (0..<60).map { (1 + 0.6 * noise($0), 2 + 0.5 * noise($0 + 500)) })
        let b = PointSeries("class 1", points: (0..<60).map { (2.4 + 0.5 * noise($0 + 900), 1 + 0.6 * noise($0 + 1300)) })
        return Figure(.scatter(ScatterPlot([a, b], xLabel: "feature 1", yLabel: "feature 2")), title: "Two classes")
    }

    /// Final losses by problem and optimizer.
    static var bar: Figure {
        Figure(.bar(BarChart(categories: ["Rosenbrock", "Rastrigin", "MLP", "二次函数"], series: [
            Series("SGD", values: [0.82, 3.1, 0.41, 0.05]),
            Series("Momentum", values: [0.12, 2.2, 0.33, 0.01]),
            Series("Adam", values: [0.05, 2.6, 0.21, 0.02]),
        ], yLabel: "final loss")), title: "Final loss after 500 steps")
    }

    /// One contour panel per optimizer.
    static var smallMultiples: Figure {
        let runs = rosenbrockRuns()
        let panels: [(title: String, chart: Chart)] = runs.map { run in
            (run.label, .contour(ContourPlot(rosenbrock, x: -2...2, y: -1...3, paths: [run], resolution: 80,
                                             minimum: (1, 1))))
        }
        return Figure(SmallMultiples(panels, columns: 3), title: "Side by side", height: 300)
    }

    /// Every sample with its golden-file name.
    static var all: [(name: String, figure: Figure)] {
        [
            ("contour", contour), ("contour-animated", animatedContour), ("contour-lines", rastriginLines),
            ("lines", lines), ("function", function), ("landscape", landscape), ("scatter", scatter),
            ("bar", bar), ("small-multiples", smallMultiples),
        ]
    }
}
