func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    let rank = p * Double(s.count - 1)
    let lo = Int(rank), hi = min(lo + 1, s.count - 1)
    return s[lo] + (rank - Double(lo)) * (s[hi] - s[lo])
}
let xs = [15.0, 20, 35, 40, 50]
print([0.0, 0.25, 0.5, 0.9, 1.0].map { percentile(xs, $0) })
