func det(_ m: [[Double]]) -> Double {
    if m.count == 1 { return m[0][0] }
    var total = 0.0
    for j in 0..<m.count {
        let minor = m.dropFirst().map { row in row.enumerated().filter { $0.offset != j }.map(\.element) }
        total += (j % 2 == 0 ? 1 : -1) * m[0][j] * det(minor)
    }
    return total
}
print(det([[1, 2], [3, 4]]))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
