var matrix = [[1, 2], [3, 4]]
for i in matrix.indices { for j in matrix[i].indices { matrix[i][j] *= 10 } }
for var row in matrix { row.append(0) }
print(matrix)
var t = matrix.map { $0.reversed() }
print(t, matrix[0].reversed() as [Int])
let transposed = (0..<2).map { c in matrix.map { $0[c] } }
print(transposed)
