let a = [1, 2, 3]
let b = [0.5, 1.5, 2.5]
print(a.reversed())
print(a.enumerated())
print([[1], [2, 3]].joined())
print(zip(a, b))
print((1...3).reversed())
print((0..<3).reversed())
print("\(a.reversed())")
print(String(describing: a.enumerated()))
print([a.reversed()])
print((a.reversed(), 1))
print(a.enumerated().reversed())
print(a.reversed().enumerated())
print(zip(a, a.reversed()))
print(type(of: a.reversed()))
print(stride(from: 0, to: 5, by: 2))
print(stride(from: 0.0, through: 1.0, by: 0.5))
print([stride(from: 0, to: 5, by: 2)])
struct P { var x: Int }
print([P(x: 1)].reversed())
// expect: ReversedCollection<Array<Int>>(_base: [1, 2, 3])
// expect: EnumeratedSequence<Array<Int>>(_base: [1, 2, 3])
// expect: FlattenSequence<Array<Array<Int>>>(_base: [[1], [2, 3]])
// expect: Zip2Sequence<Array<Int>, Array<Double>>(_sequence1: [1, 2, 3], _sequence2: [0.5, 1.5, 2.5])
// expect: ReversedCollection<ClosedRange<Int>>(_base: ClosedRange(1...3))
// expect: ReversedCollection<Range<Int>>(_base: Range(0..<3))
// expect: ReversedCollection<Array<Int>>(_base: [1, 2, 3])
// expect: EnumeratedSequence<Array<Int>>(_base: [1, 2, 3])
// expect: [Swift.ReversedCollection<Swift.Array<Swift.Int>>(_base: [1, 2, 3])]
// expect: (Swift.ReversedCollection<Swift.Array<Swift.Int>>(_base: [1, 2, 3]), 1)
// expect: ReversedCollection<EnumeratedSequence<Array<Int>>>(_base: Swift.EnumeratedSequence<Swift.Array<Swift.Int>>(_base: [1, 2, 3]))
// expect: EnumeratedSequence<ReversedCollection<Array<Int>>>(_base: Swift.ReversedCollection<Swift.Array<Swift.Int>>(_base: [1, 2, 3]))
// expect: Zip2Sequence<Array<Int>, ReversedCollection<Array<Int>>>(_sequence1: [1, 2, 3], _sequence2: Swift.ReversedCollection<Swift.Array<Swift.Int>>(_base: [1, 2, 3]))
// expect: ReversedCollection<Array<Int>>
// expect: Swift.StrideTo<Swift.Int>
// expect: Swift.StrideThrough<Swift.Double>
// expect: [Swift.StrideTo<Swift.Int>]
// expect: ReversedCollection<Array<P>>(_base: [main.P(x: 1)])
