let data = [0.1, 0.4, 0.35, 0.8, 0.95, 0.5, 0.55, 0.2, 0.75, 0.65]
var bins = [Int](repeating: 0, count: 4)
for x in data {
    let b = min(Int(x * 4), 3)
    bins[b] += 1
}
for (i, c) in bins.enumerated() {
    print("bin \(i): " + String(repeating: "#", count: c))
}
