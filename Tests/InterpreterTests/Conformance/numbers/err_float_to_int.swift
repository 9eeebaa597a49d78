let big = Float.infinity
print(Int(big))
// expect error: 2:7 Float value inf cannot be converted to Int
