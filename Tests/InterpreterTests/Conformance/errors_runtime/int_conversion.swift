let big = 1e300
print(Int(big))
// expect error: 2:7 Double value 1e+300 cannot be converted to Int
