let r = 0..<3
let c = 1...4
print(r, c, r.count, c.count)
// expect: 0..<3 1...4 3 4
