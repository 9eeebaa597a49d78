let xs = [2.5, 1.2, 0.8, 0.9]
print(xs.contains { $0 > 2 }, xs.first { $0 < 1 } ?? 0, xs.firstIndex { $0 < 1 } ?? -1, xs.allSatisfy { $0 > 0 })
print(xs.prefix { $0 > 1 }, xs.drop { $0 > 1 }, xs.lastIndex { $0 > 1 } ?? -1, xs.last { $0 > 1 } ?? 0)
print((1...10).contains { $0 * $0 == 49 }, (0..<5).first { $0 > 2 } ?? -1, (0..<5).filter { $0 % 2 == 0 })
print(xs.min { $0 > $1 } ?? 0, xs.max { $0 > $1 } ?? 0, xs.count { $0 > 1 })
// expect: true 0.8 2 true
// expect: [2.5, 1.2] [0.8, 0.9] 1 1.2
// expect: true 3 [0, 2, 4]
// expect: 2.5 0.8 2
