let steps = 3
print(String(format: "%.2f", steps))
// expect error: 2:7 '%.2f' expects a Double, got Int
