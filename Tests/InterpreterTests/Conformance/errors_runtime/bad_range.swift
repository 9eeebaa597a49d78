let n = -1
for i in 0..<n { print(i) }
// expect error: 2:11 range requires lowerBound <= upperBound
