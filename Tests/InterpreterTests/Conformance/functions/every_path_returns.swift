func grow(_ x: Int) -> Int {
    var y = x
    while true {
        y *= 2
        if y > 100 { return y }
    }
}
func classify(_ x: Int) -> String {
    switch x {
    case ..<0: return "negative"
    case 0: return "zero"
    default: fatalError("unreachable for \(x)")
    }
}
func check(_ ok: Bool) throws -> Int {
    do {
        if ok { return 1 }
        throw CancellationError()
    } catch {
        return -1
    }
}
struct CancellationError: Error {}
func always() -> Int {
    if true { return 7 }
}
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs where x % 2 == 0 { return x }
    return nil
}
func counted() -> Int {
    var n = 0
    repeat { n += 1; if n == 3 { return n } } while true
}
print(grow(3), classify(-2), classify(0), try check(true), try check(false), always(), firstEven([1, 4]) as Any, counted())
// expect: 192 negative zero 1 -1 7 Optional(4) 3
