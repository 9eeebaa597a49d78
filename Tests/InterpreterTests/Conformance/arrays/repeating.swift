let zeros = Array(repeating: 0.0, count: 3)
let grid = [[Int]](repeating: [0, 0], count: 2)
print(zeros, grid)
// expect: [0.0, 0.0, 0.0] [[0, 0], [0, 0]]
