func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2])!)
print(largest(["pear", "apple"])!)
print(largest([Double]()) == nil)
