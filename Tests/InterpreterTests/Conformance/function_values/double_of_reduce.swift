let counts = [3, 4, 5]
let mean = Double(counts.reduce(0, +)) / Double(counts.count)
print(mean)
// expect: 4.0
