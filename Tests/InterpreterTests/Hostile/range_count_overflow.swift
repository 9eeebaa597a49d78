// Int.max − Int.min overflowed in the range's count.
print((Int.min..<Int.max).count)
// expect error: 2:7 arithmetic overflow in range count
