let k = 0
print(ClosedRange(0..<k))
// expect error: 2:7 Can't form an empty closed range
