let r = 0.0...1.0
print(r, r.contains(0.5), (1.5..<2.5).contains(2.5))
print(0..<3, 1...5, (0..<10).count, Array(0..<3))
let rr = 1...
print(rr.contains(100))
let cr: ClosedRange<Int> = 2...4
print(cr.lowerBound, cr.upperBound, cr)
