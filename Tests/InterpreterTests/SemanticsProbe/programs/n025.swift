import Foundation
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 3)
grid[1][2] = 5
grid[0][0] += 1
for row in grid { print(row) }
var copy = grid
copy[1][2] = 9
print(grid[1][2], copy[1][2])
var g2 = [[Int]](repeating: [], count: 2)
g2[0].append(1); g2[1].append(contentsOf: [2, 3])
print(g2)
