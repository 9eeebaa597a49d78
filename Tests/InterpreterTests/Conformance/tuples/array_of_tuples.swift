let pairs = [(1, "a"), (2, "b")]
for (n, s) in pairs {
    print(n, s)
}
// expect: 1 a
// expect: 2 b
