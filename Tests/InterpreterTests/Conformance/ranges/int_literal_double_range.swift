// Integer literals are Doubles where a Range<Double> or ClosedRange<Double> is expected.
func width(_ r: Range<Double>) -> Double { r.upperBound - r.lowerBound }
func closedWidth(_ r: ClosedRange<Double>) -> Double { r.upperBound - r.lowerBound }
print(width(-1..<3), width(0..<0.5), closedWidth(1...3), closedWidth(-2...(-1)))
let r: Range<Double> = -1..<2
let c: ClosedRange<Double> = 0...1
print(r, c, r.contains(1.5), c.contains(1))
// expect: 4.0 0.5 2.0 1.0
// expect: -1.0..<2.0 0.0...1.0 true true
