var b: UInt8 = 250
for _ in 0..<3 { b += 3 }
// expect error: 2:20 arithmetic overflow in '+'
