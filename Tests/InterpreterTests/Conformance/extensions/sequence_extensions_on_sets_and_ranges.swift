// Extensions of Sequence and Collection extend sets and ranges of integers too.
extension Sequence where Element == Int {
    func sum() -> Int { reduce(0, +) }
}
extension Collection where Element: Numeric {
    var total: Element { reduce(0, +) }
}
extension Sequence {
    func counted(where p: (Element) -> Bool) -> Int { filter(p).count }
}
extension Collection where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
}
let s: Set<Int> = [1, 2, 3]
print(s.sum(), [4, 5].sum(), (1...3).sum(), (0..<4).sum())
print(s.total, (1...10).total, Set([0.5, 1.5]).total)
print(s.counted { $0 > 1 }, (1...9).counted { $0 % 3 == 0 }, "banana".counted { $0 == "a" })
print(Set([2.0, 4.0]).mean, [1.0, 2.0].mean)
// expect: 6 9 6 6
// expect: 6 55 2.0
// expect: 2 3 3
// expect: 3.0 1.5
