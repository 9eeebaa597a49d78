let half = 0.0..<1.0
print(half.contains(0.5), half.contains(1.0), half.contains(0.0), half.contains(-0.5))
print(half.lowerBound, half.upperBound, half.isEmpty, (2.5..<2.5).isEmpty)
let closed = -1.5...1.5
print(closed.contains(1.5), closed.lowerBound, closed.upperBound, closed.isEmpty)
print(half, closed)
// expect: true false true false
// expect: 0.0 1.0 false true
// expect: true -1.5 1.5 false
// expect: 0.0..<1.0 -1.5...1.5
