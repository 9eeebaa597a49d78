extension Collection where Element: Equatable {
    func countOf(_ e: Element) -> Int { filter { $0 == e }.count }
}
extension Sequence where Element: Comparable {
    func isSorted() -> Bool {
        let xs = Array(self)
        return zip(xs, xs.dropFirst()).allSatisfy { $0 <= $1 }
    }
}
extension Collection {
    func pairs() -> [(Element, Element)] { Array(zip(self, dropFirst())) }
    var isSingle: Bool { count == 1 }
}
extension String {
    func shout() -> String { uppercased() + "!" }
}
print([1, 2, 1].countOf(1), "abca".countOf("a"), [1.0, 2.0].countOf(2))
print("héllo 🙂🙂".countOf("🙂"), "e\u{301}é".countOf("é"), "".countOf("x"))
print("abc".isSorted(), "bca".isSorted(), "".isSorted(), [3, 1].isSorted())
print("ab🙂".pairs().map { "\($0)\($1)" }, "x".pairs().isEmpty)
print("🙂".isSingle, "ab".isSingle, [7].isSingle, "x".shout())
// expect: 2 2 1
// expect: 2 2 0
// expect: true false true false
// expect: ["ab", "b🙂"] true
// expect: true false true X!
