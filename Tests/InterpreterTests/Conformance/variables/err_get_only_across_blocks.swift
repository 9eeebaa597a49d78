var samples: [Double] = [2, 4]
var mean: Double { samples.reduce(0, +) / Double(samples.count) }
// next block
print(mean)
mean = 0
// expect error: 5:1 cannot assign to value: 'mean' is a get-only property
