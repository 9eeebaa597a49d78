func mid<T: FloatingPoint>(_ r: ClosedRange<T>) -> T { (r.lowerBound + r.upperBound) / 2 }
func show<T: Comparable>(_ r: ClosedRange<T>) -> String { "\(r.lowerBound)..\(r.upperBound)" }
let r = 0.0...3.0
print(mid(r), mid(1.0...2.0))
print(show(1...3), show(0.5...1.5))
// expect: 1.5 1.5
// expect: 1..3 0.5..1.5
