let xs = [1, 2, 3]
let k = 5
print(xs.suffix(from: k))
// expect error: 3:7 Range requires lowerBound <= upperBound
