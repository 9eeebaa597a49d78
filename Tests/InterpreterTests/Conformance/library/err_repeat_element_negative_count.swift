let n = -2
print(Array(repeatElement(1, count: n)))
// expect error: 2:13 Repetition count should be non-negative
