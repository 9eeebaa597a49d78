func minMax(_ xs: [Int]) -> (min: Int, max: Int)? {
    guard var lo = xs.first else { return nil }
    var hi = lo
    for x in xs.dropFirst() {
        lo = Swift.min(lo, x)
        hi = Swift.max(hi, x)
    }
    return (lo, hi)
}
if let r = minMax([8, -3, 12, 5]) {
    print(r.min, r.max)
}
print(minMax([]) == nil)
