// interpreter-only
import Optim
// A Vector is a RandomAccessCollection of Doubles: an array's reading members, with Swift's result types.
let v: Vector = [3, 1, 2]
let w: Vector = [10, 20, 30]
print(v.max()!, v.min()!, v.sorted(), v.reduce(0, +), v.sorted(by: >), v.max(by: >)!)
print(v.first!, v.last!, v.indices, v.count, v.firstIndex(of: 2)!, v.lastIndex { $0 > 1 }!, v.contains(1))
print(v.filter { $0 > 1 }, v.allSatisfy { $0 > 0 }, v.contains { $0 > 2 }, v.first { $0 < 3 }!, v.count { $0 > 1 })
print(Array(v), Set(v).sorted(), zip(v, w).map { $0 * $1 }, v.compactMap { $0 > 1 ? Int($0) : nil }, v.flatMap { [$0, -$0] })
print(v.enumerated().map { $0.offset }, v.indices.map { v[$0] }, v.reduce(into: 0.0) { $0 += $1 * $1 }, v.starts(with: [3.0]))
for (i, x) in v.enumerated() { print(i, x, terminator: ";") }
print()
// map is Vector's own where the closure gives a Double, Sequence's where it gives another type or an array is wanted.
let doubled = v.map { $0 * 2 }
let rounded = v.map { Int($0) }
let listed: [Double] = v.map { $0 + 1 }
print(doubled, type(of: doubled), rounded, listed, v.map { $0 > 1 })
let ones: Vector = v.map { _ in 1 }
print(v.map { _ in 1 }, ones, type(of: v.map(abs)))
print(type(of: v.sorted()), type(of: v.filter { $0 > 1 }), type(of: v.indices), type(of: v.enumerated()))
// Views of the vector print as Swift prints them.
let reversedList: [Double] = v.reversed()
print(v.reversed(), Array(v.reversed()), reversedList, v.lazy, v.lazy.map { $0 * 2 }.first!)
print(v.enumerated(), [v.reversed()])
// An empty vector, and NaN elements, answer as an array's would.
let e = Vector([])
print(e.max() as Any, e.min() as Any, e.sorted(), e.first as Any, e.indices, e.isEmpty, e.allSatisfy { $0 > 1 })
let n: Vector = [.nan, 1, 2]
print(n.max()!, n.min()!, n.sorted(), n.contains(.nan), n.firstIndex(of: .nan) as Any)
print([Double.nan, 1, 2].max()!, [Double.nan, 1, 2].sorted())
// expect: 3.0 1.0 [1.0, 2.0, 3.0] 6.0 [3.0, 2.0, 1.0] 1.0
// expect: 3.0 2.0 0..<3 3 2 2 true
// expect: [3.0, 2.0] true true 1.0 2
// expect: [3.0, 1.0, 2.0] [1.0, 2.0, 3.0] [30.0, 20.0, 60.0] [3, 2] [3.0, -3.0, 1.0, -1.0, 2.0, -2.0]
// expect: [0, 1, 2] [3.0, 1.0, 2.0] 14.0 true
// expect: 0 3.0;1 1.0;2 2.0;
// expect: [6.0, 2.0, 4.0] Vector [3, 1, 2] [4.0, 2.0, 3.0] [true, false, true]
// expect: [1, 1, 1] [1.0, 1.0, 1.0] Vector
// expect: Array<Double> Array<Double> Range<Int> EnumeratedSequence<Vector>
// expect: ReversedCollection<Vector>(_base: [3.0, 1.0, 2.0]) [2.0, 1.0, 3.0] [2.0, 1.0, 3.0] LazySequence<Vector>(_base: [3.0, 1.0, 2.0]) 6.0
// expect: EnumeratedSequence<Vector>(_base: [3.0, 1.0, 2.0]) [Swift.ReversedCollection<Optim.Vector>(_base: [3.0, 1.0, 2.0])]
// expect: nil nil [] nil 0..<0 true true
// expect: nan nan [nan, 1.0, 2.0] false nil
// expect: nan [nan, 1.0, 2.0]
