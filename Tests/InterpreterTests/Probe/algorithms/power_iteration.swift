import Foundation
let A: [[Double]] = [[2, 1], [1, 3]]
var v = [1.0, 1.0]
var lambda = 0.0
for _ in 0..<100 {
    var w = [0.0, 0.0]
    for i in 0..<2 { for j in 0..<2 { w[i] += A[i][j] * v[j] } }
    let norm = sqrt(w.map { $0 * $0 }.reduce(0, +))
    v = w.map { $0 / norm }
    lambda = zip(v, (0..<2).map { i in (0..<2).reduce(0.0) { $0 + A[i][$1] * v[$1] } }).map(*).reduce(0, +)
}
print(String(format: "%.10f", lambda))
print(String(format: "%.6f %.6f", v[0], v[1]))
