func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var lo = xs[0], hi = xs[0]
    for x in xs {
        lo = min(lo, x)
        hi = max(hi, x)
    }
    return (lo, hi)
}
let r = minMax([3, 9, -2, 4])
print(r.min, r.max, r)
// expect: -2 9 (min: -2, max: 9)
