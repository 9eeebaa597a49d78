func count<T: Equatable>(_ x: T, in xs: [T]) -> Int {
    if xs.isEmpty { return 0 }
    return (xs[0] == x ? 1 : 0) + count(x, in: Array(xs.dropFirst()))
}
print(count(2, in: [1, 2, 2, 3]), count("a", in: ["a", "b"]))
// expect: 2 1
