func check(_ x: Int) -> String {
    guard x > 0 else { return "non-positive" }
    guard x < 100 else { return "too big" }
    return "ok"
}
print(check(-1), check(500), check(5))
// expect: non-positive too big ok
