let total = (1...10).filter { $0 % 3 == 0 }.map { $0 * 2 }.reduce(0) { $0 + $1 }
print(total)
// expect: 36
