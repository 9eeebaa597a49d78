// A return inside a loop whose iterations have their own frames still returns from the function.
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
    var index = 0
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
        let f = { "\(i):\(w)" }
        return f()
    }
    return "none"
}
print(labelOf(["a", "bb", "ccccc"]))
// expect: 8 64
// expect: 8
// expect: 2:ccccc
