let xs = [3.0, 7.0, 5.0, 11.0]
let lo = xs.min()!, hi = xs.max()!
print(xs.map { ($0 - lo) / (hi - lo) })
let total = xs.reduce(0, +)
print(xs.map { $0 / total })
