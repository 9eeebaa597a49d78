class Cache<Key: Hashable, Value> {
    private var store: [Key: Value] = [:]
    var hits = 0
    func value(for key: Key, compute: () -> Value) -> Value {
        if let v = store[key] {
            hits += 1
            return v
        }
        let v = compute()
        store[key] = v
        return v
    }
}
let cache = Cache<Int, Double>()
for k in [1, 2, 1, 1] { _ = cache.value(for: k) { Double(k) * 2 } }
print(cache.hits)
