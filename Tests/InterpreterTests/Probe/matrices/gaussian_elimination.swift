func solve(_ A: [[Double]], _ b: [Double]) -> [Double] {
    var a = A, x = b
    let n = b.count
    for col in 0..<n {
        let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) }!
        a.swapAt(col, pivot)
        x.swapAt(col, pivot)
        for r in (col + 1)..<n {
            let f = a[r][col] / a[col][col]
            for c in col..<n { a[r][c] -= f * a[col][c] }
            x[r] -= f * x[col]
        }
    }
    for r in stride(from: n - 1, through: 0, by: -1) {
        var s = x[r]
        for c in (r + 1)..<n { s -= a[r][c] * x[c] }
        x[r] = s / a[r][r]
    }
    return x
}
import Foundation
let sol = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print(sol.map { String(format: "%.6f", $0) })
