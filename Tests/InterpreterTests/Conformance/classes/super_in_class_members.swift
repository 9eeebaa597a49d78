class Optimizer {
    class var family: String { "first-order" }
    class func describe() -> String { "optimizer" }
    static func tag() -> String { "T" }
    class var depth: Int { 1 }
}
class Momentum: Optimizer {
    override class var family: String { "momentum " + super.family }
    override class func describe() -> String { "fast " + super.describe() + " " + super.tag() }
    override class var depth: Int { super.depth + 1 }
}
class Nesterov: Momentum {
    override class var family: String { "nesterov " + super.family }
    override class var depth: Int { super.depth * 10 }
}
print(Momentum.family)
print(Nesterov.family)
print(Momentum.describe(), Nesterov.describe())
print(Nesterov.depth, Momentum.depth, Optimizer.depth)
let t: Optimizer.Type = Nesterov.self
print(t.family, t.depth)
let o: Optimizer = Momentum()
print(type(of: o).family)
// expect: momentum first-order
// expect: nesterov momentum first-order
// expect: fast optimizer T fast optimizer T
// expect: 20 2 1
// expect: nesterov momentum first-order 20
// expect: momentum first-order
