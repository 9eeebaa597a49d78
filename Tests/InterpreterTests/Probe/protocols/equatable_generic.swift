func countMatches<T: Equatable>(_ xs: [T], _ target: T) -> Int {
    xs.filter { $0 == target }.count
}
print(countMatches([1, 2, 1, 3, 1], 1))
print(countMatches(["a", "b"], "c"))
