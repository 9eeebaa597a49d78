let grid = [[0, 1], [2, 3]]
grid[1][0] = 5
// expect error: 2:8 cannot assign through subscript: 'grid' is a 'let' constant
