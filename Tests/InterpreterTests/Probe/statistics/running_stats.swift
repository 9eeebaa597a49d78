struct RunningStats {
    private(set) var count = 0
    private(set) var mean = 0.0
    private var m2 = 0.0
    mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }
    var variance: Double { count > 1 ? m2 / Double(count - 1) : 0 }
}
var stats = RunningStats()
for x in [4.0, 7, 13, 16] { stats.add(x) }
print(stats.count, stats.mean, stats.variance)
