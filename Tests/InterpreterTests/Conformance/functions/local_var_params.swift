func countdown(_ n: Int) -> [Int] {
    var n = n
    var out: [Int] = []
    while n > 0 {
        out.append(n)
        n -= 1
    }
    return out
}
print(countdown(3))
// expect: [3, 2, 1]
