let xs: [Int] = []
print(Int.random(in: xs.indices))
// expect error: 2:7 Can't get random value with an empty range
