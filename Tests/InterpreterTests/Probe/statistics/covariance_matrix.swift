let data: [[Double]] = [[1, 2], [2, 4], [3, 7], [4, 8]]
let n = Double(data.count)
let means = (0..<2).map { j in data.map { $0[j] }.reduce(0, +) / n }
var cov = [[0.0, 0.0], [0.0, 0.0]]
for row in data {
    for i in 0..<2 { for j in 0..<2 { cov[i][j] += (row[i] - means[i]) * (row[j] - means[j]) / (n - 1) } }
}
print(means)
print(cov)
