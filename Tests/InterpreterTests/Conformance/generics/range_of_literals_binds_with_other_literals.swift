func clamp<T: Comparable>(_ x: T, to r: ClosedRange<T>) -> T { min(max(x, r.lowerBound), r.upperBound) }
print(clamp(1.7, to: 0...1), clamp(5, to: 1...3), clamp(0.5, to: 0...1))
let lo = 2.0
print(clamp(7, to: lo...3))
func inRange<T: Comparable>(_ x: T, _ r: Range<T>) -> Bool { r.contains(x) }
print(inRange(3, 0..<10), inRange(2.5, 0..<2))
// expect: 1.0 3 0.5
// expect: 3.0
// expect: true false
