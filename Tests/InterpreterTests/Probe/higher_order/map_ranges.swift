let grid = (0..<4).map { Double($0) / 3.0 }
print(grid)
let table = (1...3).map { i in (1...3).map { j in i * j } }
print(table)
