protocol Counter { mutating func bump(by k: Int); func get() -> Int }
extension Counter {
    mutating func twice() -> Int { bump(by: 1); bump(by: 2); return get() }
}
struct S: Counter { var n = 0; mutating func bump(by k: Int) { n += k }; func get() -> Int { n } }
var s = S()
print(s.twice(), s.n)
protocol Optimizer {
    mutating func step(_ x: inout [Double], _ g: [Double])
}
extension Optimizer {
    mutating func run(_ x0: [Double], steps: Int) -> [Double] {
        var x = x0
        for _ in 0..<steps { step(&x, x) }
        return x
    }
}
struct GD: Optimizer {
    var lr: Double
    var calls = 0
    mutating func step(_ x: inout [Double], _ g: [Double]) {
        calls += 1
        for i in x.indices { x[i] -= lr * g[i] }
    }
}
var o = GD(lr: 0.5)
print(o.run([1, 2], steps: 3), o.calls)
var any: any Optimizer = GD(lr: 0.25)
var x = [4.0]
any.step(&x, [1])
print(x, (any as! GD).calls)
// expect: 3 3
// expect: [0.125, 0.25] 3
// expect: [3.75] 1
