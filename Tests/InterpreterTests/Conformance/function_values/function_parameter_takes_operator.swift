func combine(_ xs: [Int], _ op: (Int, Int) -> Int, from start: Int) -> Int {
    var acc = start
    for x in xs { acc = op(acc, x) }
    return acc
}
print(combine([1, 2, 3], +, from: 0))
print(combine([1, 2, 3], *, from: 1))
print(combine([5, 2], -, from: 20))
// expect: 6
// expect: 6
// expect: 13
