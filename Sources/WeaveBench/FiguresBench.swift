import Figures

/// Figures benchmark (issue 5): a 200×200 contour map of Rosenbrock with
/// five 2,000-step optimizer paths, sampled and rendered to SVG. Prints the
/// median time and the size against the targets (< 50 ms, < 300 KB) as
/// ratios; a ratio below 1 meets the target.
func runFiguresBenchmark() {
    let paths = figuresBenchmarkPaths(steps: 2_000)
    var svg = ""
    var times: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<9 {
        let elapsed = clock.measure {
            let plot = ContourPlot({ x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
                                   x: -2...2, y: -1...3, paths: paths, resolution: 200, minimum: (1, 1))
            svg = Figure(.contour(plot), title: "Rosenbrock").svg(idPrefix: "bench")
        }
        times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
    }
    let median = times.sorted()[times.count / 2]
    let kilobytes = Double(svg.utf8.count) / 1000
    print("figures: contour 200×200 + 5×2000-step paths")
    print("  time  \(rounded(median)) ms   target 50 ms    ratio \(rounded(median / 50))")
    print("  size  \(rounded(kilobytes)) KB   target 300 KB   ratio \(rounded(kilobytes / 300))")
}

/// `value` with two decimals.
private func rounded(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// Five optimizers on Rosenbrock from (−1.5, 2): gradient descent, heavy
/// ball, Nesterov, RMSProp and Adam, each `steps` steps.
private func figuresBenchmarkPaths(steps: Int) -> [PointSeries] {
    func gradient(_ p: [Double]) -> [Double] {
        [-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0]), 200 * (p[1] - p[0] * p[0])]
    }
    func run(_ label: String, _ update: (inout [Double], inout [Double], inout [Double]) -> Void) -> PointSeries {
        var p = [-1.5, 2.0]
        var m = [0.0, 0.0, 1.0]
        var v = [0.0, 0.0, 1.0]
        var points: [(x: Double, y: Double)] = [(p[0], p[1])]
        for _ in 0..<steps {
            update(&p, &m, &v)
            points.append((p[0], p[1]))
        }
        return PointSeries(label, points: points)
    }
    return [
        run("GD") { p, _, _ in
            let g = gradient(p)
            for k in 0..<2 { p[k] -= 0.001 * g[k] }
        },
        run("Momentum") { p, m, _ in
            let g = gradient(p)
            for k in 0..<2 { m[k] = 0.9 * m[k] - 0.0004 * g[k]; p[k] += m[k] }
        },
        run("Nesterov") { p, m, _ in
            let g = gradient([p[0] + 0.9 * m[0], p[1] + 0.9 * m[1]])
            for k in 0..<2 { m[k] = 0.9 * m[k] - 0.0004 * g[k]; p[k] += m[k] }
        },
        run("RMSProp") { p, _, v in
            let g = gradient(p)
            for k in 0..<2 { v[k] = 0.9 * v[k] + 0.1 * g[k] * g[k]; p[k] -= 0.01 * g[k] / (v[k].squareRoot() + 1e-8) }
        },
        run("Adam") { p, m, v in
            let g = gradient(p)
            m[2] *= 0.9  // β₁ᵗ
            v[2] *= 0.999  // β₂ᵗ
            for k in 0..<2 {
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k]
                p[k] -= 0.05 * (m[k] / (1 - m[2])) / ((v[k] / (1 - v[2])).squareRoot() + 1e-8)
            }
        },
    ]
}
