let zero = 0
print(7.quotientAndRemainder(dividingBy: zero))
// expect error: 2:7 Division by zero
