func outer(_ n: Int) -> [Int] {
    func gen<T>(_ f: (Int) -> T) -> [T] { (0..<n).map(f) }
    return gen { $0 * $0 }
}
print(outer(4))
func stats(_ xs: [Double]) -> String {
    var calls = 0
    func largest<T: Comparable>(_ ys: [T]) -> T? {
        calls += 1
        return ys.max()
    }
    let a = largest(xs), b = largest(["b", "a"])
    let c = [1, 2].map { largest([$0, 5])! }
    return "\(a!) \(b!) \(c) \(calls)"
}
print(stats([1.5, 3.5]))
for k in 1...2 {
    func twice<T: Numeric>(_ x: T) -> T { x * 2 + T(exactly: k)! }
    print(twice(3), twice(1.5))
}
let fs = (1...3).map { i -> () -> String in
    func show<T>(_ x: T) -> String { "\(x)×\(i)" }
    return { show(i) + show("!") }
}
print(fs.map { $0() })
func run() {
    func depth<T>(_ x: T, _ n: Int) -> String { n == 0 ? "\(x)" : "(" + depth(x, n - 1) + ")" }
    func swapped<T>(_ a: inout T, _ b: inout T) { (a, b) = (b, a) }
    var p = 1.0, q = 2.0
    swapped(&p, &q)
    print(depth("x", 3), depth(7, 1), p, q)
}
run()
// expect: [0, 1, 4, 9]
// expect: 3.5 b [5, 5] 4
// expect: 7 4.0
// expect: 8 5.0
// expect: ["1×1!×1", "2×2!×2", "3×3!×3"]
// expect: (((x))) (7) 2.0 1.0
