class Optimizer {
    class var name: String { "plain" }
    static var made = 0
    init() { Optimizer.made += 1 }
    class func defaultRate() -> Double { 0.1 }
}
final class Momentum: Optimizer {
    override class var name: String { "momentum" }
    override class func defaultRate() -> Double { 0.01 }
}
_ = Momentum()
_ = Optimizer()
print(Optimizer.name, Momentum.name, Optimizer.made, Momentum.defaultRate(), Optimizer.defaultRate())
@discardableResult
func step(_ x: inout Double) -> Double {
    x -= 0.5
    return x
}
var x = 2.0
step(&x)
print(step(&x))
@inlinable func square(_ v: Double) -> Double { v * v }
print(square(3))
// expect: plain momentum 2 0.01 0.1
// expect: 1.0
// expect: 9.0
