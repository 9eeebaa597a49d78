let zero: UInt16 = 0
print(UInt16(7).quotientAndRemainder(dividingBy: zero))
// expect error: 2:7 Division by zero
