import Foundation
let A: [[Double]] = [[4, -1, 0], [-1, 4, -1], [0, -1, 4]]
let b = [15.0, 10.0, 10.0]
var x = [0.0, 0.0, 0.0]
for _ in 0..<50 {
    var next = x
    for i in 0..<3 {
        var s = b[i]
        for j in 0..<3 where j != i { s -= A[i][j] * x[j] }
        next[i] = s / A[i][i]
    }
    x = next
}
print(x.map { String(format: "%.6f", $0) })
