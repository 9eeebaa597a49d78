func isSymmetric(_ m: [[Double]]) -> Bool {
    for i in m.indices {
        for j in m.indices where m[i][j] != m[j][i] { return false }
    }
    return true
}
print(isSymmetric([[1, 2], [2, 1]]), isSymmetric([[1, 2], [3, 1]]))
