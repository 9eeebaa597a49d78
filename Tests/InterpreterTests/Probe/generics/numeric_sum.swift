func sumAll<T: Numeric>(_ xs: [T]) -> T {
    var total: T = 0
    for x in xs { total += x }
    return total
}
print(sumAll([1, 2, 3]))
print(sumAll([0.5, 1.5]))
