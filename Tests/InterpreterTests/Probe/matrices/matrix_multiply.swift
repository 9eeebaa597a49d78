func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let n = a.count, m = b[0].count, k = b.count
    var c = Array(repeating: Array(repeating: 0.0, count: m), count: n)
    for i in 0..<n { for j in 0..<m { for p in 0..<k { c[i][j] += a[i][p] * b[p][j] } } }
    return c
}
let a: [[Double]] = [[1, 2], [3, 4]]
let b: [[Double]] = [[5, 6], [7, 8]]
print(matmul(a, b))
