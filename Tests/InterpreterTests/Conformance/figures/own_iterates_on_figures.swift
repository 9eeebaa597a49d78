// interpreter-only
import Optim
let bowl = Quadratic(diagonal: [1, 10])
var x = [1.0, 1.0]
var path = [x]
for _ in 0..<5 { x = [x[0] - 0.1 * 2 * x[0], x[1] - 0.09 * 20 * x[1]]; path.append(x) }
contour(bowl, x: -1.5...1.5, y: -1.5...1.5, paths: [path], labels: ["by hand"], title: "own path")
let f = { (x: Double) -> Double in x * x }
var xs = [1.5]
for _ in 0..<4 { xs.append(xs.last! - 0.3 * 2 * xs.last!) }
plotFunction(f, x: -2...2, iterates: xs, labels: ["GD"], title: "one run")
plotFunction(f, x: -2...2, iterates: [xs, xs.map { -$0 }], labels: ["a", "b"], title: "two runs")
// expect: figure own path
// expect: figure one run
// expect: figure two runs
