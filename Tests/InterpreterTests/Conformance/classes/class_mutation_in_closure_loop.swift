class Stats {
    var count = 0
    var sum = 0.0
    var mean: Double { count == 0 ? 0 : sum / Double(count) }
    func add(_ x: Double) {
        count += 1
        sum += x
    }
}
let s = Stats()
[2.0, 4.0, 9.0].forEach { s.add($0) }
print(s.count, s.mean)
// expect: 3 5.0
