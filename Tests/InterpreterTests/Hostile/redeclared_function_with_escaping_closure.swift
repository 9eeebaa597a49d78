// Found by fuzzing: a function declared twice with the same signature shared one overload key, and closures of the body that never ran crashed the process.
func firstSquareAbove(_ limit: Int) -> (Int, () -> Int) {
    var n = 0
    while true {
        let square = n * n
        let show = { square }
        if square > limit { return (n, show) }
        n += 1
    }
}
let (n, show) = firstSquareAbove(50)
print(n, show())
func firstEven(_ xs: [Int]) -> Int {
    var index = 1
    repeat {
        let x = xs[index]
        let check = { x % 2 == 0 }
        if check() { return x }
        index += 1
    } while index < xs.count
    return -1
}
print(firstEven([3, 5, 8, 9]))
func labelOf(_ words: [String]) -> String {
    for (i, w) in words.enumerated() where w.count > 3 {
        let f = { "\0i):\(w)" }
        return f()
    }
    return "none"
}
print(labelOf(["a", "bb", "ccccc"]))
func firstSquareAbove(_ limit: Int) -> (Int, () -> Int) {
    var n = 0
    while true {
        let square = n * n
        let show = { square }
        if square > limit { return (n, show) }
        n += 1
    }
}
let (n, show) = firstSquareAbove(50)
print(n, show())
func firstEven(_ xs: [Int]) -> Int {
    var index = 1
    repeat {
        let x = xs[index]
        let check = { x % 2 == 0 }
        if check() { return x }
        index += 1
    } while index < xs.count
    return -1
}
print(firstEven([3, 5, 8, 9]))
func labelOf(_ words: [String]) -> String {
    for (i, w) in words.enumerated() where w.count > 3 {
        let f = { "\0i):\(w)" }
        return f()
    }
    return "none"
}
print(labelOf(["a", "bb", "ccccc"]))
// expect error: 32:6 invalid redeclaration of 'firstSquareAbove'
