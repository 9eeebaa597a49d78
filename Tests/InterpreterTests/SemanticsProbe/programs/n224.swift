var grid = [[0, 0], [0, 0]]
var c = 0
func n() -> Int { c += 1; return c % 2 }
grid[n()][n()] = 7
print(grid, c)
