let xs = [1, 5, 9]
print(xs.contains { $0 > 8 }, xs.allSatisfy { $0 % 2 == 1 }, xs.first { $0 > 2 }!)
// expect: true true 5
