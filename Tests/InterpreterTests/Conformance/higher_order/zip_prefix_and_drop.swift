let a = [1, 2, 3, 4], b = [5, 5, 5, 5]
print(zip(a, b).prefix(while: { $0.0 < 3 }).count)
print(zip(a, b).prefix(while: { $0.0 < 3 }))
print(type(of: zip(a, b).prefix(while: { $0.0 < 3 })))
print(zip(a, b).drop(while: { $0.0 < 3 }).map { $0.0 })
print(type(of: zip(a, b).drop(while: { $0.0 < 3 })))
print(zip(a, b).dropFirst().map { $0.1 })
print(zip(a, b).dropFirst())
print(type(of: zip(a, b).dropFirst()))
print(zip(a, b).dropFirst(2))
print(zip(a, b).prefix(2))
print(type(of: zip(a, b).prefix(2)))
print(zip(a, b).suffix(2))
print(type(of: zip(a, b).suffix(2)))
print(zip(a, b).dropLast())
print(type(of: zip(a, b).dropLast()))
print(zip(a, b).dropLast(3))
print(zip(["a"], [1.5]).dropFirst())
for (x, y) in zip(a, b).dropFirst() { print(x, y) }
print(Array(zip(a, b).dropFirst()))
print(zip(a, b).dropFirst(10).map { $0.0 })
print(zip(a, b).prefix(0))
// expect: 2
// expect: [(1, 5), (2, 5)]
// expect: Array<(Int, Int)>
// expect: [3, 4]
// expect: DropWhileSequence<Zip2Sequence<Array<Int>, Array<Int>>>
// expect: [5, 5, 5]
// expect: DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _limit: 1)
// expect: DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>
// expect: DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _limit: 2)
// expect: PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _maxLength: 2)
// expect: PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>
// expect: [(3, 5), (4, 5)]
// expect: Array<(Int, Int)>
// expect: [(1, 5), (2, 5), (3, 5)]
// expect: Array<(Int, Int)>
// expect: [(1, 5)]
// expect: DropFirstSequence<Zip2Sequence<Array<String>, Array<Double>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.String>, Swift.Array<Swift.Double>>(_sequence1: ["a"], _sequence2: [1.5]), _limit: 1)
// expect: 2 5
// expect: 3 5
// expect: 4 5
// expect: [(2, 5), (3, 5), (4, 5)]
// expect: []
// expect: PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _maxLength: 0)
