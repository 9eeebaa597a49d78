let xs = [5, 6, 7]
for i in xs.indices {
    print(i, xs[i])
}
// expect: 0 5
// expect: 1 6
// expect: 2 7
