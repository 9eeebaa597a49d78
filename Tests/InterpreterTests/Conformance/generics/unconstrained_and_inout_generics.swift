func describe<T>(_ x: T) -> String { "value: \(x)" }
print(describe(3), describe("a"), describe([1.5]))
func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
print(pair(1, "x"))
func apply<T>(_ f: (T) -> T, _ x: T, times: Int) -> T {
    var y = x
    for _ in 0..<times { y = f(y) }
    return y
}
print(apply({ $0 * 2 }, 1.5, times: 3))
protocol Stepper { mutating func step(_ x: Double) -> Double }
struct Halver: Stepper { var count = 0; mutating func step(_ x: Double) -> Double { count += 1; return x / 2 } }
func run<S: Stepper>(_ s: inout S, from x: Double, steps: Int) -> Double {
    var y = x
    for _ in 0..<steps { y = s.step(y) }
    return y
}
var h = Halver()
print(run(&h, from: 8, steps: 3), h.count)
func firstOrDefault<T>(_ xs: [T], _ d: T) -> T { xs.first ?? d }
print(firstOrDefault([Int](), 4), firstOrDefault(["q"], "z"))
// expect: value: 3 value: a value: [1.5]
// expect: (1, "x")
// expect: 12.0
// expect: 1.0 3
// expect: 4 q
