let a = [1, 2, 3, 4], b = [5, 5, 5, 5]
let s = stride(from: 0, to: 10, by: 3)
print(s)
print([s])
print(s.dropFirst())
print(type(of: s.dropFirst()))
print(zip(a, b).dropFirst().dropFirst())
print(zip(a, b).prefix(3).prefix(5))
print(zip(a, b).dropFirst().prefix(2))
print(zip(a, b).prefix(2).dropFirst())
print(type(of: zip(a, b).drop(while: { $0.0 < 2 }).drop(while: { $0.0 < 3 })))
print(zip(a, b).drop(while: { $0.0 < 2 }).drop(while: { $0.0 < 3 }).map { $0 })
print(zip(a, b).dropFirst().prefix(while: { $0.0 < 3 }))
print(zip(a, b).dropFirst().suffix(1))
print(zip(a, b).dropFirst().dropLast())
print(zip(a, b).dropFirst().first(where: { _ in true })!)
// expect: Swift.StrideTo<Swift.Int>
// expect: [Swift.StrideTo<Swift.Int>]
// expect: DropFirstSequence<StrideTo<Int>>(_base: Swift.StrideTo<Swift.Int>, _limit: 1)
// expect: DropFirstSequence<StrideTo<Int>>
// expect: DropFirstSequence<DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>>(_base: Swift.DropFirstSequence<Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _limit: 1), _limit: 1)
// expect: PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _maxLength: 3)
// expect: PrefixSequence<DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>>(_base: Swift.DropFirstSequence<Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _limit: 1), _maxLength: 2)
// expect: DropFirstSequence<PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>>(_base: Swift.PrefixSequence<Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _maxLength: 2), _limit: 1)
// expect: DropWhileSequence<Zip2Sequence<Array<Int>, Array<Int>>>
// expect: [(3, 5), (4, 5)]
// expect: [(2, 5)]
// expect: [(4, 5)]
// expect: [(2, 5), (3, 5)]
// expect: (2, 5)
