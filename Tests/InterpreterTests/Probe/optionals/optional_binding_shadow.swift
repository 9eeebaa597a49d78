var cache: [Int: Double] = [:]
func lookup(_ k: Int) -> Double {
    if let cached = cache[k] { return cached }
    let value = Double(k) * 1.5
    cache[k] = value
    return value
}
print(lookup(2), lookup(2), cache.count)
