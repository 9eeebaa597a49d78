let r = repeatElement(7, count: 3)
print(r)
print(type(of: r), r.count, r.isEmpty, r.first!, r.last!)
print(Array(r), r.map { $0 + 1 }, r.reduce(0, +), r.contains(7), r.allSatisfy { $0 == 7 })
for x in repeatElement(1.5, count: 2) { print(x) }
print([repeatElement(true, count: 1)])
print(r.reversed())
print(Array(repeatElement("ab", count: 2)), Array(repeatElement(0, count: 0)), repeatElement(0, count: 0).isEmpty)
print(repeatElement([1], count: 2).joined().count)
// expect: Repeated<Int>(count: 3, repeatedValue: 7)
// expect: Repeated<Int> 3 false 7 7
// expect: [7, 7, 7] [8, 8, 8] 21 true true
// expect: 1.5
// expect: 1.5
// expect: [Swift.Repeated<Swift.Bool>(count: 1, repeatedValue: true)]
// expect: ReversedCollection<Repeated<Int>>(_base: Swift.Repeated<Swift.Int>(count: 3, repeatedValue: 7))
// expect: ["ab", "ab"] [] true
// expect: 2
