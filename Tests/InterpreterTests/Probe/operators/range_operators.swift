let r = 1...5
print(r.contains(3), r.contains(6))
print(r.count, r.lowerBound, r.upperBound)
let half = 0.0..<1.0
print(half.contains(0.5), half.contains(1.0))
print((1..<4).map { $0 * 2 })
