extension Array {
    var second: Element? { count > 1 ? self[1] : nil }
    func chunked(_ size: Int) -> [[Element]] {
        var out: [[Element]] = []
        var i = 0
        while i < count {
            out.append(Array(self[i..<(i + size < count ? i + size : count)]))
            i += size
        }
        return out
    }
}
print([1, 2, 3].second ?? 0, ["a"].second ?? "none")
print([1, 2, 3, 4, 5].chunked(2))
print([0.5, 1.5].chunked(3))
// interpreter-only
// expect: 2 none
// expect: [[1, 2], [3, 4], [5]]
// expect: [[0.5, 1.5]]
