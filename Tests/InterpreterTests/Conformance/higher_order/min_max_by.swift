let pts = [(1, 3.0), (2, 1.0), (3, 2.0)]
let best = pts.min { $0.1 < $1.1 }!
print(best.0, pts.max(by: { $0.1 < $1.1 })!.0)
// expect: 2 1
