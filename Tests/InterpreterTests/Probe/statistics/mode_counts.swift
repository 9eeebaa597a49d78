let rolls = [3, 5, 3, 6, 2, 3, 5, 6, 6, 6]
var freq: [Int: Int] = [:]
for r in rolls { freq[r, default: 0] += 1 }
let mode = freq.max { ($0.value, $1.key) < ($1.value, $0.key) }!
print(mode.key, mode.value)
print(freq.keys.sorted().map { "\($0):\(freq[$0]!)" })
