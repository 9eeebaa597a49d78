struct History {
    var losses: [Double] = []
    mutating func record(_ l: Double) { losses.append(l) }
}
var h = History()
for l in [3.0, 2.0, 1.5] { h.record(l) }
print(h.losses, h.losses.count)
// expect: [3.0, 2.0, 1.5] 3
