let xs = [1, 0, 2]
let n = -1
print(xs.split(separator: 0, maxSplits: n))
// expect error: 3:7 Must take zero or more splits
