func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2]) ?? 0)
print(largest(["b", "c", "a"]) ?? "")
print(largest([Double]()) ?? -1)
// expect: 9
// expect: c
// expect: -1.0
