var a = 1; a += 1; print(a)
// expect: 2
