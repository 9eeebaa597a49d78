class Layer {
    var units: Int
    class var kind: String { "layer" }
    required init(units: Int) { self.units = units }
    func describe() -> String { "\(type(of: self).kind)(\(units))" }
}
final class Dense: Layer {
    var bias = 0.5
    override class var kind: String { "dense" }
    required init(units: Int) { super.init(units: units * 2) }
}
class Conv: Layer {
    override class var kind: String { "conv" }
}
func build(_ types: [Layer.Type], units: Int) -> [Layer] { types.map { $0.init(units: units) } }
let layers = build([Layer.self, Dense.self, Conv.self], units: 3)
print(layers.map { $0.describe() }, (layers[1] as! Dense).bias)
struct P { var x = 1; init(x: Int) { self.x = x } }
let pt = P.self
print(pt.init(x: 4))
// expect: ["layer(3)", "dense(6)", "conv(3)"] 0.5
// expect: P(x: 4)
