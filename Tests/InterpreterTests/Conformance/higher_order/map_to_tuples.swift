let xs = [1, 2]
let ts = xs.map { ($0, $0 * $0) }
print(ts)
// expect: [(1, 1), (2, 4)]
