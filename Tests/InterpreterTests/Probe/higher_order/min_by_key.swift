let candidates = [(x: 1.0, f: 3.2), (x: 2.0, f: 0.7), (x: 3.0, f: 1.9)]
let best = candidates.min { $0.f < $1.f }!
print(best.x, best.f)
print(candidates.map(\.f).max()!)
