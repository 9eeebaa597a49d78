let a: Double? = 2.5
print(a! * 2)
// expect: 5.0
