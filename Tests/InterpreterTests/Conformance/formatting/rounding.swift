let xs = [2.5, -2.5, 2.4, -2.6, 3.5, 0.5]
print(xs.map { $0.rounded(.down) })
print(xs.map { $0.rounded(.up) })
print(xs.map { $0.rounded(.towardZero) })
print(xs.map { $0.rounded(.awayFromZero) })
print(xs.map { $0.rounded(.toNearestOrEven) })
print(xs.map { $0.rounded(.toNearestOrAwayFromZero) })
print(xs.map { $0.rounded() })
print((7.25).rounded(FloatingPointRoundingRule.down))
// expect: [2.0, -3.0, 2.0, -3.0, 3.0, 0.0]
// expect: [3.0, -2.0, 3.0, -2.0, 4.0, 1.0]
// expect: [2.0, -2.0, 2.0, -2.0, 3.0, 0.0]
// expect: [3.0, -3.0, 3.0, -3.0, 4.0, 1.0]
// expect: [2.0, -2.0, 2.0, -3.0, 4.0, 0.0]
// expect: [3.0, -3.0, 2.0, -3.0, 4.0, 1.0]
// expect: [3.0, -3.0, 2.0, -3.0, 4.0, 1.0]
// expect: 7.0
