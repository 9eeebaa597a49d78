var squares: [Int: Int] = [:]
for i in 1...3 { squares[i] = i * i }
print(squares[2]!, squares[4, default: -1])
// expect: 4 -1
