// interpreter-only
import Optim
let run = try minimize(Rosenbrock(), from: [-1.5, 2], using: try Adam(lr: 0.05), steps: 50)
let gd = try minimize(Rosenbrock(), from: [-1.5, 2], using: try SGD(lr: 1e-3), steps: 50)
contour(Rosenbrock(), x: -2...2, y: -1...3, paths: [run, gd], labels: ["Adam", "GD"], levels: .log, animate: true, title: "Rosenbrock")
contour({ (x: Double, y: Double) in x * x + 50 * y * y }, x: -1...1, y: -1...1, levels: .linear(count: 8), title: "bowl")
contours(Rosenbrock(), x: -2...2, y: -1...3, paths: [run, gd], labels: ["Adam", "GD"], columns: 2, title: "side by side")
plot([run, gd], labels: ["Adam", "GD"], y: .log, title: "Loss")
plot(run.gradientNorms, label: "‖∇f‖", title: "gradient norm")
plot(series: [run.losses, gd.losses], labels: ["Adam", "GD"], title: "series")
let wavy = try minimize(WavyLine(frequency: 2), from: [1], using: try SGD(lr: 0.05), steps: 20)
plotFunction(WavyLine(frequency: 2), x: -1...4, iterates: [wavy], labels: ["GD"], title: "wavy")
plotFunction({ x in x * x }, x: -1...1, title: "parabola")
scatter([(1.0, 2.0), (2.0, 3.5)], label: "points", title: "scatter")
bar(["SGD", "Adam"], [gd.finalLoss, run.finalLoss], yLabel: "final loss", title: "bars")
landscape(run, loss: Rosenbrock(), title: "landscape")
print("done")
// expect: figure Rosenbrock
// expect: figure bowl
// expect: figure side by side
// expect: figure Loss
// expect: figure gradient norm
// expect: figure series
// expect: figure wavy
// expect: figure parabola
// expect: figure scatter
// expect: figure bars
// expect: figure landscape
// expect: done
