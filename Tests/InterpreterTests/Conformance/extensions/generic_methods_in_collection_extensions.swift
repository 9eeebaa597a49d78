extension Sequence {
    func counted<Key: Hashable>(by key: (Element) -> Key) -> [Key: Int] {
        reduce(into: [:]) { $0[key($1), default: 0] += 1 }
    }
}
extension Array {
    func firstTwo<K>(_ k: (Element) -> K) -> [K] { prefix(2).map(k) }
}
print([1, 2, 3, 4, 5].counted { $0 % 2 }.sorted { $0.key < $1.key })
print([1, 2, 3].firstTwo { $0 * 10 })
extension Array where Element == Int {
    func firstTwoI(_ k: (Element) -> Int) -> [Int] { prefix(2).map(k) }
    func firstTwoIG<K>(_ k: (Element) -> K) -> [K] { self.prefix(2).map(k) }
    func firstTwoIH<K>(_ k: (Element) -> K) -> [K] { Array(prefix(2)).map(k) }
}
print([4, 5, 6].firstTwoI { $0 * 10 }, [4, 5].firstTwoIG { $0 * 10 }, [4, 5].firstTwoIH { $0 + 1 })
// expect: [(key: 0, value: 2), (key: 1, value: 3)]
// expect: [10, 20]
// expect: [40, 50] [40, 50] [5, 6]
