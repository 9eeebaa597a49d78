import Foundation
typealias Vec = [Double]
func dot(_ a: Vec, _ b: Vec) -> Double { zip(a, b).map(*).reduce(0, +) }
func axpy(_ a: Double, _ x: Vec, _ y: Vec) -> Vec { zip(x, y).map { a * $0 + $1 } }
var A = Array(repeating: Array(repeating: 0.0, count: 3), count: 3)
for i in 0..<3 { A[i][i] = Double(i + 1); if i > 0 { A[i][i-1] = -0.5; A[i-1][i] = -0.5 } }
func matvec(_ M: [[Double]], _ v: Vec) -> Vec { M.map { dot($0, v) } }
let b: Vec = [1, 2, 3]
var x = Vec(repeating: 0, count: 3)
var r = b; var p = r
var rs = dot(r, r)
for k in 0..<10 {
    let Ap = matvec(A, p)
    let alpha = rs / dot(p, Ap)
    x = axpy(alpha, p, x)
    r = axpy(-alpha, Ap, r)
    let new = dot(r, r)
    if sqrt(new) < 1e-10 { print("converged at", k + 1); break }
    p = axpy(new / rs, p, r)
    rs = new
}
print(x.map { String(format: "%.6f", $0) }.joined(separator: ", "))
let (best, idx) = x.enumerated().map { ($0.element, $0.offset) }.max { $0.0 < $1.0 }!
print(best, idx)
let history = (1...5).map { k in (k, 1.0 / Double(k * k)) }
for (k, e) in history where k % 2 == 1 { print("\(k): \(e)") }
let table = history.map { "| \($0.0) | \(String(format: "%.3e", $0.1)) |" }
print(table.joined(separator: "\n"))
let grid = stride(from: -1.0, through: 1.0, by: 0.5).map { ($0 * 10).rounded() / 10 }
print(grid, grid.indices.filter { grid[$0] > 0 })
let nested = [[1, 2], [3], []].flatMap { $0 }
print(nested, nested.count, [3, 1, 2].sorted(by: >), [1, 2, 3].reversed().map { $0 })
print(Double.infinity, -Double.infinity, Double.nan.isNaN, 1e-320, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude)
print(Int.max, Int.min, 7 / 2, -7 / 2, 7 % -3, (-7).quotientAndRemainder(dividingBy: 2))
// expect: converged at 3
// expect: 1.900000, 1.800000, 1.300000
// expect: 1.9 0
// expect: 1: 1.0
// expect: 3: 0.1111111111111111
// expect: 5: 0.04
// expect: | 1 | 1.000e+00 |
// expect: | 2 | 2.500e-01 |
// expect: | 3 | 1.111e-01 |
// expect: | 4 | 6.250e-02 |
// expect: | 5 | 4.000e-02 |
// expect: [-1.0, -0.5, 0.0, 0.5, 1.0] [3, 4]
// expect: [1, 2, 3] 3 [3, 2, 1] [3, 2, 1]
// expect: inf -inf true 1e-320 5e-324 1.7976931348623157e+308
// expect: 9223372036854775807 -9223372036854775808 3 -3 1 (quotient: -3, remainder: -1)
