extension Array where Element == Double {
    func clampedMin(_ floor: Double) -> Double {
        var m = Double.infinity
        for x in self { m = min(m, x) }
        return max(m, floor)
    }
}
print([3.0, 1.0, 2.0].clampedMin(0))
// expect error: 4:29 use of 'min' refers to instance method rather than global function 'min' in module 'Swift'
