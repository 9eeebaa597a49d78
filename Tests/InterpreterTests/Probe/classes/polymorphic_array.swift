class Layer {
    func forward(_ x: Double) -> Double { x }
}
class Scale: Layer {
    let k: Double
    init(_ k: Double) { self.k = k }
    override func forward(_ x: Double) -> Double { k * x }
}
class Shift: Layer {
    let b: Double
    init(_ b: Double) { self.b = b }
    override func forward(_ x: Double) -> Double { x + b }
}
let net: [Layer] = [Scale(2), Shift(1), Scale(3)]
print(net.reduce(1.0) { $1.forward($0) })
