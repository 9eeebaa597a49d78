// Closures where an optional function is expected.
struct Solver {
    var preconditioner: (([Double]) -> [Double])? = nil
    func apply(_ r: [Double]) -> [Double] { preconditioner?(r) ?? r }
}
let s = Solver(preconditioner: { r in r.map { $0 * 2 } })
print(s.preconditioner!([1, 2]), s.apply([3]), Solver().apply([3]))
var onStep: ((Int) -> Void)? = nil
onStep?(1)
onStep = { print("step", $0) }
onStep?(3)
func half(_ x: Double) -> Double { x / 2 }
var transform: ((Double) -> Double)? = half
print(transform?(5) as Any)
transform = { $0 * 10 }
print(transform.map { $0(2) } ?? 0)
func run(_ n: Int, _ callback: ((Int) -> Void)? = nil) { for i in 0..<n { callback?(i) } }
run(2) { print("cb", $0) }
run(2)
let pick: ((Int, Int) -> Int)? = { a, b in max(a, b) }
print(pick!(3, 9))
// expect: [2.0, 4.0] [6.0] [3.0]
// expect: step 3
// expect: Optional(2.5)
// expect: 20.0
// expect: cb 0
// expect: cb 1
// expect: 9
