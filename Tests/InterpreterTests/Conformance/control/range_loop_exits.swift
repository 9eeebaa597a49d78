// Leaving a loop over a range by return, break, continue and throw, and the loop variable's
// value in each iteration.
func firstSquareOver(_ n: Int) -> Int {
    for i in 0..<100 {
        if i * i > n { return i }
    }
    return -1
}
print(firstSquareOver(50), firstSquareOver(100_000))
var seen: [Int] = []
outer: for i in 1...4 {
    for j in 1...4 {
        if j == 2 { continue }
        if i * j > 6 { break outer }
        seen.append(i * 10 + j)
    }
}
print(seen)
struct TooBig: Error {}
func check(_ limit: Int) throws -> Int {
    var total = 0
    for k in 0..<10 {
        total += k
        if total > limit { throw TooBig() }
    }
    return total
}
print(try check(100), (try? check(5)) == nil)
var empty = 0
for _ in 5..<5 { empty += 1 }
print(empty)
// expect: 8 -1
// expect: [11, 13, 14, 21, 23]
// expect: 45 true
// expect: 0
