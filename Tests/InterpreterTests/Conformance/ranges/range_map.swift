let squares = (1...4).map { $0 * $0 }
print(squares, (0..<4).reduce(0) { $0 + $1 }, (0..<5).filter { $0 % 2 == 1 })
// expect: [1, 4, 9, 16] 6 [1, 3]
