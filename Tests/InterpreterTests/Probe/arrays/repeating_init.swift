var grid = Array(repeating: 0.0, count: 5)
grid[2] = 1.5
print(grid)
let zeros = [Int](repeating: 0, count: 3)
print(zeros)
var empty: [String] = []
empty.append("x")
print(empty, empty.isEmpty)
