extension Sequence {
    func count(where predicate: (Element) -> Bool) -> Int {
        var n = 0
        for x in self where predicate(x) { n += 1 }
        return n
    }
}
print([1, 5, 9, 2].count { $0 > 3 })
print("hello".count { $0 == "l" })
