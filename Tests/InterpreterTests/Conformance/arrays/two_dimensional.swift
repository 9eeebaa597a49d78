var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
for i in 0..<2 {
    for j in 0..<3 {
        grid[i][j] = i * 3 + j
    }
}
print(grid)
// expect: [[0, 1, 2], [3, 4, 5]]
