// A dual number a note's author writes for forward-mode AD, initialised from literals.
struct Dual: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    var value: Double, derivative: Double
    init(_ value: Double, _ derivative: Double = 0) { (self.value, self.derivative) = (value, derivative) }
    init(floatLiteral value: Double) { self.init(value) }
    init(integerLiteral value: Int) { self.init(Double(value)) }
    var description: String { "\(value) + \(derivative)ε" }
    static func + (a: Dual, b: Dual) -> Dual { Dual(a.value + b.value, a.derivative + b.derivative) }
    static func * (a: Dual, b: Dual) -> Dual { Dual(a.value * b.value, a.value * b.derivative + a.derivative * b.value) }
}
func f(_ x: Dual) -> Dual { 3 * x * x + 2 * x + 1 }
let x = Dual(2, 1)
print(f(x), f(0.5), f(-1))
let c: Dual = 2.5
let zeros: [Dual] = [0, 1.5]
print(c, zeros, c + 1)
struct Probability: ExpressibleByFloatLiteral {
    let p: Double
    init(floatLiteral value: Double) { p = min(max(value, 0), 1) }
}
let q: Probability = 1.5
print(q.p)
// expect: 17.0 + 14.0ε 2.75 + 0.0ε 2.0 + 0.0ε
// expect: 2.5 + 0.0ε [0.0 + 0.0ε, 1.5 + 0.0ε] 3.5 + 0.0ε
// expect: 1.0
