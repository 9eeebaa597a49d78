func mean(_ xs: [Int]) -> Int {
    return xs.reduce(0) { $0 + $1 } / xs.count
}
print(mean([2, 4]))
print(mean([]))
// expect: 3
// expect error: 2:37 division by zero
