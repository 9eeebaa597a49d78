var triangle: [[Int]] = []
for row in 0..<5 {
    var current = [Int](repeating: 1, count: row + 1)
    if row > 1 {
        for j in 1..<row {
            current[j] = triangle[row - 1][j - 1] + triangle[row - 1][j]
        }
    }
    triangle.append(current)
}
for row in triangle { print(row) }
