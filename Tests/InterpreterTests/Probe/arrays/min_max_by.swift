let points = [(1.0, 2.0), (3.0, -1.0), (-2.0, 0.5)]
let closest = points.min { ($0.0 * $0.0 + $0.1 * $0.1) < ($1.0 * $1.0 + $1.1 * $1.1) }!
print(closest)
let words = ["optimizer", "step", "gradient"]
print(words.max { $0.count < $1.count }!)
