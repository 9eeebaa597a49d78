let winners = ["GD", "HB", "GD"]
let counts = winners.reduce(into: [:]) { c, w in c[w, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
let lengths = winners.reduce(into: [:]) { $0[$1] = $1.count }
print(lengths.sorted { $0.key < $1.key })
let losses = [("GD", 0.5), ("HB", 0.25), ("GD", 0.125)]
let sums = losses.reduce(into: [:]) { acc, pair in acc[pair.0, default: 0] += pair.1 }
print(sums.sorted { $0.key < $1.key })
let halves = [1, 2, 3].reduce(into: []) { acc, x in acc.append(Double(x) / 2) }
print(halves)
let weights = [1, 2].reduce(into: [:]) { (acc, x) in acc[x, default: 0.5] *= 2 }
print(weights.sorted { $0.key < $1.key })
// expect: [(key: "GD", value: 2), (key: "HB", value: 1)]
// expect: [(key: "GD", value: 2), (key: "HB", value: 2)]
// expect: [(key: "GD", value: 0.625), (key: "HB", value: 0.25)]
// expect: [0.5, 1.0, 1.5]
// expect: [(key: 1, value: 1.0), (key: 2, value: 1.0)]
