class Optimizer {
    class var family: String { "first-order" }
    class var label: String { "\(family) optimizer" }
    class func describe() -> String { "\(Self.self): \(label)" }
    static let registry = ["sgd"]
    static func count() -> Int { registry.count }
    class func make() -> Optimizer { Self.init() }
    required init() {}
    func info() -> String { "\(Self.family) / \(type(of: self).label)" }
}
class Momentum: Optimizer {
    override class var family: String { "momentum " + super.family }
}
final class Nesterov: Momentum {
    override class var family: String { "nesterov" }
}
print(Optimizer.describe(), Momentum.describe(), Nesterov.describe())
print(Momentum.label, Nesterov.count(), Momentum.registry)
let kinds: [Optimizer.Type] = [Optimizer.self, Momentum.self, Nesterov.self]
print(kinds.map { $0.label })
print(kinds.map { type(of: $0.make()) })
print(Nesterov().info(), Momentum().info())
// expect: Optimizer: first-order optimizer Momentum: momentum first-order optimizer Nesterov: nesterov optimizer
// expect: momentum first-order optimizer 1 ["sgd"]
// expect: ["first-order optimizer", "momentum first-order optimizer", "nesterov optimizer"]
// expect: [main.Optimizer, main.Momentum, main.Nesterov]
// expect: nesterov / nesterov optimizer momentum first-order / momentum first-order optimizer
