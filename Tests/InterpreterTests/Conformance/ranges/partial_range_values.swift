let from = 1...
print(from.contains(100), from.contains(0), from.lowerBound)
let upTo = ..<5
let through: PartialRangeThrough<Int> = ...3
print(upTo.contains(4), upTo.contains(5), through.contains(3), through.upperBound, upTo.upperBound)
print(from, upTo, through, type(of: from), type(of: upTo))
let k = 4
print((k...).contains(4), (..<k).contains(4), (...(k - 1)).contains(3))
let ages = [3, 17, 40]
print(ages.filter { (18...).contains($0) }, ages.map { (..<10).contains($0) })
// expect: true false 1
// expect: true false true 3 5
// expect: PartialRangeFrom<Int>(lowerBound: 1) PartialRangeUpTo<Int>(upperBound: 5) PartialRangeThrough<Int>(upperBound: 3) PartialRangeFrom<Int> PartialRangeUpTo<Int>
// expect: true false true
// expect: [40] [true, false, false]
