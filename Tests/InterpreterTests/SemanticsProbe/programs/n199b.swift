let x = [3, 1, 2]
print(x.sorted().reversed())
print((1...3).reversed(), (0..<3).reversed())
print("ab".reversed().map { $0 }, x.reversed().reversed())
