print((1, "b") < (1, "c"), (2, 0) > (1, 99), (1, 2) <= (1, 2), (0.5, 1) >= (0.5, 2))
print((1, 2, 3) == (1, 2, 3), (1, "a") != (1, "b"))
// expect: true true true false
// expect: true true
