let m = Int8.min
print(m.quotientAndRemainder(dividingBy: -1))
// expect error: 2:7 Division results in an overflow
