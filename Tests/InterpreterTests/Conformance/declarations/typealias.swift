typealias Point = (x: Double, y: Double)
typealias Path = [Point]
typealias Loss = ([Double]) -> Double
let path: Path = [(0, 1), (2, 3)]
let sumOfSquares: Loss = { xs in xs.reduce(0) { $0 + $1 * $1 } }
print(path[1].x + path[1].y, sumOfSquares([1, 2]))
// expect: 5.0 5.0
