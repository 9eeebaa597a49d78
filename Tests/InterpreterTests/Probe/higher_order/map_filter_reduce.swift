let xs = Array(1...10)
let squares = xs.map { $0 * $0 }
let evens = squares.filter { $0 % 2 == 0 }
let sum = evens.reduce(0, +)
print(squares)
print(evens)
print(sum)
