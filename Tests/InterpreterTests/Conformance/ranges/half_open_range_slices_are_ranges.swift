// A half-open range is its own SubSequence: its prefix, suffix and drops are ranges.
let r = 0..<5
print(r.dropLast(), r.dropFirst(2), r.prefix(2), r.suffix(2), r.prefix(9), r.dropFirst(7))
print(type(of: r.dropLast()))
for i in r.dropFirst() { print(i, terminator: " ") }
print()
let xs = [1.0, 2, 3]
print(xs.indices.dropLast(), xs.indices.dropFirst().map { xs[$0] })
// expect: 0..<4 2..<5 0..<2 3..<5 0..<5 5..<5
// expect: Range<Int>
// expect: 1 2 3 4 
// expect: 0..<2 [2.0, 3.0]
