let r = 7.5.truncatingRemainder(dividingBy: 2)
print(r)
// expect: 1.5
