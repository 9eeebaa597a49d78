let s = String(10, radix: 1)
// expect error: 1:9 radix must be between 2 and 36, got 1
