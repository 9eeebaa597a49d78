struct Count: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n }
}
print(Count().prefix(5).prefix(2))
print(Count().prefix(5).dropFirst(2).map { $0 })
print(Count().prefix(4).suffix(2), Count().prefix(4).dropLast())
let s = stride(from: 0, to: 10, by: 3)
print(s.prefix(while: { $0 < 5 }), s.dropFirst(2).map { $0 }, s.suffix(2), s.dropLast(3))
print(s.drop(while: { $0 < 4 }).map { $0 * 10 })
print(stride(from: 1.0, through: 2.0, by: 0.5).dropFirst())
let e: [Int] = []
print(zip(e, e).dropFirst(), zip(e, e).prefix(while: { _ in true }), zip(e, e).suffix(3))
print(zip([1, 2], [3, 4]).prefix(Int.max).map { $0.0 }, zip([1, 2], [3, 4]).dropFirst(Int.max).map { $0.0 })
print(zip([1, 2], [3, 4]).dropFirst(Int.max).dropFirst(0).map { $0.0 })
var calls = 0
let rest = zip([1, 2, 3], ["a", "b", "c"]).drop(while: { calls += 1; return $0.0 < 2 })
print(calls, rest.map { $0.1 }, Array(rest).count)
print(zip([1.5, .nan, -.infinity], [Int.max, Int.min, 0]).dropFirst().map { "\($0.0) \($0.1)" })
let names = ["x", "y", "z"], values = [1.0, 2.0, 3.0]
for (name, value) in zip(names, values).dropFirst() where value > 2 { print(name, value) }
print(zip(names, values).prefix(while: { $0.1 < 3 }).map(\.0).joined(separator: ","))
print(zip(names, values).dropFirst().reduce(0) { $0 + $1.1 })
print(zip(names, values).drop(while: { $0.0 != "y" }).first(where: { _ in true })!)
// expect: PrefixSequence<Count>(_base: main.Count(n: 0), _maxLength: 2)
// expect: [3, 4, 5]
// expect: [3, 4] [1, 2, 3]
// expect: [0, 3] [6, 9] [6, 9] [0]
// expect: [60, 90]
// expect: DropFirstSequence<StrideThrough<Double>>(_base: Swift.StrideThrough<Swift.Double>, _limit: 1)
// expect: DropFirstSequence<Zip2Sequence<Array<Int>, Array<Int>>>(_base: Swift.Zip2Sequence<Swift.Array<Swift.Int>, Swift.Array<Swift.Int>>(_sequence1: [], _sequence2: []), _limit: 1) [] []
// expect: [1, 2] []
// expect: []
// expect: 2 ["b", "c"] 2
// expect: ["nan -9223372036854775808", "-inf 0"]
// expect: z 3.0
// expect: x,y
// expect: 5.0
// expect: ("y", 2.0)
