func transpose(_ m: [[Double]]) -> [[Double]] {
    guard let first = m.first else { return [] }
    return first.indices.map { j in m.map { $0[j] } }
}
let m: [[Double]] = [[1, 2, 3], [4, 5, 6]]
print(transpose(m))
print(transpose(transpose(m)) == m)
