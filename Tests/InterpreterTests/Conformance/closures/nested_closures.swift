let matrix = [[1, 2], [3, 4]]
let doubled = matrix.map { row in row.map { $0 * 2 } }
print(doubled)
// expect: [[2, 4], [6, 8]]
