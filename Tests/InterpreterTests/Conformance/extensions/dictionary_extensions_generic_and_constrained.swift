extension Dictionary where Value == Int {
    mutating func increment(_ k: Key, by n: Int = 1) { self[k, default: 0] += n }
    var total: Int { values.reduce(0, +) }
}
extension Dictionary where Key: Comparable {
    var sortedPairs: [(Key, Value)] { keys.sorted().map { ($0, self[$0]!) } }
}
extension Dictionary {
    func mapKeys<T: Hashable>(_ f: (Key) -> T) -> [T: Value] { Dictionary<T, Value>(uniqueKeysWithValues: map { (f($0.key), $0.value) }) }
}
var counts: [String: Int] = [:]
for w in ["sgd", "adam", "sgd", "lbfgs", "sgd"] { counts.increment(w) }
counts.increment("adam", by: 5)
print(counts.total, counts.sortedPairs.map { "\($0.0)=\($0.1)" })
let lrs: [String: Double] = ["b": 0.1, "a": 0.01]
print(lrs.sortedPairs.map(\.1), counts.mapKeys { $0.count }.keys.sorted())
// expect: 10 ["adam=6", "lbfgs=1", "sgd=3"]
// expect: [0.01, 0.1] [3, 4, 5]
