extension [Int] {
    var total: Int { reduce(0, +) }
}
print([1, 2, 3].total)
// interpreter-only
// expect: 6
