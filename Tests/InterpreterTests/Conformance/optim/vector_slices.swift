// interpreter-only
import Optim
// A Vector's prefix, suffix and drops are Slice<Vector>s: the whole vector with the bounds of the part.
let v: Vector = [3, 1, 2]
let tail = v.dropFirst()
print(tail, v.prefix(2), v.suffix(1), v.dropLast())
print(tail.count, tail.first!, tail.last!, Array(tail), tail.map { $0 * 10 }, tail.reduce(0, +), tail.isEmpty)
print(v.prefix(while: { $0 > 2 }), v.drop { $0 > 2 }.count, v.prefix(9), v.dropFirst(7))
for x in v.dropFirst(2) { print(x) }
let e = Vector([])
print(e.dropFirst(), e.prefix(3), type(of: tail))
debugPrint(v.prefix(1))
print([v.suffix(2)])
// expect: Slice<Vector>(_startIndex: 1, _endIndex: 3, _base: [3.0, 1.0, 2.0]) Slice<Vector>(_startIndex: 0, _endIndex: 2, _base: [3.0, 1.0, 2.0]) Slice<Vector>(_startIndex: 2, _endIndex: 3, _base: [3.0, 1.0, 2.0]) Slice<Vector>(_startIndex: 0, _endIndex: 2, _base: [3.0, 1.0, 2.0])
// expect: 2 1.0 2.0 [1.0, 2.0] [10.0, 20.0] 3.0 false
// expect: Slice<Vector>(_startIndex: 0, _endIndex: 1, _base: [3.0, 1.0, 2.0]) 2 Slice<Vector>(_startIndex: 0, _endIndex: 3, _base: [3.0, 1.0, 2.0]) Slice<Vector>(_startIndex: 3, _endIndex: 3, _base: [3.0, 1.0, 2.0])
// expect: 2.0
// expect: Slice<Vector>(_startIndex: 0, _endIndex: 0, _base: []) Slice<Vector>(_startIndex: 0, _endIndex: 0, _base: []) Slice<Vector>
// expect: Swift.Slice<Optim.Vector>(_startIndex: 0, _endIndex: 1, _base: [3.0, 1.0, 2.0])
// expect: [Swift.Slice<Optim.Vector>(_startIndex: 1, _endIndex: 3, _base: [3.0, 1.0, 2.0])]
