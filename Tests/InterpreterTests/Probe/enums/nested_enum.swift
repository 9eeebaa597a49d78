struct Optimizer {
    enum Kind: String { case sgd, adam }
    var kind: Kind
    var lr: Double
}
let o = Optimizer(kind: .adam, lr: 0.001)
print(o.kind, o.kind.rawValue, o.lr)
