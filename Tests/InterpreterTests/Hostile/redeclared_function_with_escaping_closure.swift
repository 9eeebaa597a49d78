// Found by fuzzing: a function declared twice with the same signature shared one overload key, and
// closures of the body that never ran crashed the process.
func firstSquareAbove(_ limit: Int) -> (Int, () -> Int) {
    var n = 0
    while true {
        let square = n * n
        let show = { square }
        if square > limit { return (n, show) }
        n += 1
    }
}
func firstSquareAbove(_ limit: Int) -> (Int, () -> Int) {
    let show = { limit }
    return (limit, show)
}
let (n, show) = firstSquareAbove(50)
print(n, show())
// expect error: 12:6 invalid redeclaration of 'firstSquareAbove'
