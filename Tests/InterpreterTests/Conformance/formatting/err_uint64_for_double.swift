let seed = UInt64(42)
print(String(format: "%.2f", seed))
// expect error: 2:7 '%.2f' expects a Double, got UInt64
