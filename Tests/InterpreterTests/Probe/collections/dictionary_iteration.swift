let scores = ["x": 3.5, "y": 1.25, "z": 2.0]
for (key, value) in scores.sorted(by: { $0.key < $1.key }) {
    print(key, value)
}
let best = scores.max { $0.value < $1.value }!
print(best.key)
