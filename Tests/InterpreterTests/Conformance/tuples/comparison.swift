print((1, 2) == (1, 2), (1, "a") != (1, "b"))
// expect: true true
