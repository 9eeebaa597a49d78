protocol Optimizer {
    mutating func step(_ x: inout [Double], gradient: [Double])
}
struct GradientDescent: Optimizer {
    var rate: Double
    var steps = 0
    mutating func step(_ x: inout [Double], gradient: [Double]) {
        for i in x.indices { x[i] -= rate * gradient[i] }
        steps += 1
    }
}
struct Momentum: Optimizer {
    var rate: Double, beta: Double
    var velocity: [Double] = []
    mutating func step(_ x: inout [Double], gradient: [Double]) {
        if velocity.isEmpty { velocity = Array(repeating: 0, count: x.count) }
        for i in x.indices {
            velocity[i] = beta * velocity[i] + gradient[i]
            x[i] -= rate * velocity[i]
        }
    }
}
var gd = GradientDescent(rate: 0.1)
var x = [1.0, 2.0]
for _ in 0..<3 { gd.step(&x, gradient: x.map { 2 * $0 }) }
print(x, gd.steps)
var momentum = Momentum(rate: 0.1, beta: 0.9)
var y = [1.0, 2.0]
for _ in 0..<3 { momentum.step(&y, gradient: y.map { 2 * $0 }) }
print(y)
struct Filler { func fill(_ a: inout [Int], count n: Int) { a = Array(0..<n) } }
var filled: [Int] = []
Filler().fill(&filled, count: 3)
print(filled)
class Account {
    var total = 0
    func collect(_ pending: inout Int) { total += pending; pending = 0 }
}
var pending = 5
let account = Account()
account.collect(&pending)
print(account.total, pending)
struct Taken {
    var value: Int
    init(from source: inout Int) { value = source; source = 0 }
}
var source = 7
let taken = Taken(from: &source)
print(taken.value, source)
class Base {
    var v = 0
    init(_ x: inout Int) { v = x; x += 1 }
}
class Derived: Base {
    init(twice x: inout Int) { super.init(&x); v *= 2 }
}
var seed = 3
let d = Derived(twice: &seed)
print(d.v, seed)
// expect: [0.512, 1.024] 3
// expect: [0.06199999999999989, 0.12399999999999978]
// expect: [0, 1, 2]
// expect: 5 0
// expect: 7 0
// expect: 6 4
