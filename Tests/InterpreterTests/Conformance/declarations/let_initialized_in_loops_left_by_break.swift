func first(over limit: Int, in xs: [Int]) -> Int {
    let found: Int
    var i = 0
    while true {
        if xs[i] > limit { found = xs[i]; break }
        i += 1
    }
    let once: Int
    repeat { once = found * 2 } while false
    var total: Int
    total = 0
    for x in xs {
        if x < 0 { continue }
        total += x
    }
    return found + once + total
}
print(first(over: 2, in: [1, 3, 5]))
// expect: 18
