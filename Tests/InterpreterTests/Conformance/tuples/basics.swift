let t = (1, "two", 3.0)
print(t.0, t.1, t.2)
print(t)
// expect: 1 two 3.0
// expect: (1, "two", 3.0)
