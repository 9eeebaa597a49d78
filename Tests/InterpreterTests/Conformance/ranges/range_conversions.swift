print(Range(0...4), ClosedRange(0..<4), Array(Range(1...3)), ClosedRange(-3..<(-1)))
let r = 1...3
let half = Range(r)
print(half.count, half.contains(3), ClosedRange(half) == r, type(of: half), type(of: ClosedRange(half)))
for i in Range(5...6) { print(i) }
// expect: 0..<5 0...3 [1, 2, 3] -3...-2
// expect: 3 true true Range<Int> ClosedRange<Int>
// expect: 5
// expect: 6
