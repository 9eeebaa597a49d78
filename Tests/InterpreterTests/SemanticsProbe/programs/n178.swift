extension Collection where Element: Equatable { func countOf(_ e: Element) -> Int { filter { $0 == e }.count } }
print([1, 2, 1].countOf(1), "abca".countOf("a"), [1.0, 2.0].countOf(2))
