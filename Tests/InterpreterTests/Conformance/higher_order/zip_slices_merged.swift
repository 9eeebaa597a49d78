let a = [1, 2, 3, 4], b = [5, 5, 5, 5]
print(zip(a, b).dropFirst().dropFirst(1))
print(zip(a, b).dropFirst(1).dropFirst())
print(zip(a, b).prefix(3).prefix(1))
print(zip(a, b).prefix(1).prefix(3))
print(type(of: zip(a, b).drop(while: { $0.0 < 2 }).drop(while: { $0.0 < 3 })))
print(type(of: zip(a, b).drop(while: { $0.0 < 2 }).dropFirst()))
print(type(of: zip(a, b).drop(while: { $0.0 < 2 }).prefix(1)))
print(type(of: zip(a, b).dropFirst().drop(while: { $0.0 < 2 })))
print(zip(a, b).dropFirst(Int.max).map { $0.0 })
print(zip(a, b).prefix(Int.max).map { $0.0 })
print(zip([Int](), b).dropFirst())
print(zip(a, b).suffix(0))
print(type(of: zip(a, b).suffix(0)))
print(zip(a, b).dropLast(9))
let z = zip(a, b).dropFirst(3)
for p in z { print(p) }
print(z.map { $0.0 + $0.1 }.reduce(0, +))
// expect: DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _limit: 2)
// expect: DropFirstSequence<DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>>(_base: Swift.DropFirstSequence<Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _limit: 1), _limit: 1)
// expect: PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _maxLength: 1)
// expect: PrefixSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [1, 2, 3, 4], _sequence2: [5, 5, 5, 5]), _maxLength: 1)
// expect: DropWhileSequence<Zip2Sequence<Array<Int>, Array<Int>>>
// expect: DropFirstSequence<DropWhileSequence<Zip2Sequence<Array<Int>, Array<Int>>>>
// expect: PrefixSequence<DropWhileSequence<Zip2Sequence<Array<Int>, Array<Int>>>>
// expect: DropWhileSequence<DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>>
// expect: []
// expect: [1, 2, 3, 4]
// expect: DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [], _sequence2: [5, 5, 5, 5]), _limit: 1)
// expect: []
// expect: Array<(Int, Int)>
// expect: []
// expect: (4, 5)
// expect: 9
