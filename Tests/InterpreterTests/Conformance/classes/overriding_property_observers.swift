class Layer {
    var units: Int { didSet { print("layer didSet \(oldValue) -> \(units)") } }
    var name = "layer"
    init(units: Int) { self.units = units }
}
class Dense: Layer {
    override var units: Int {
        willSet { print("dense willSet \(newValue)") }
        didSet { print("dense didSet \(oldValue)") }
    }
    override var name: String { didSet { print("renamed", name) } }
}
class Wide: Dense {
    override var units: Int { willSet { print("wide willSet") } }
}
let d = Dense(units: 3)
d.units = 5
let l: Layer = Wide(units: 1)
l.units = 2
l.units += 1
l.name = "w"
let plain = Layer(units: 0)
plain.units = 9
plain.name = "p"
// expect: dense willSet 5
// expect: layer didSet 3 -> 5
// expect: dense didSet 3
// expect: wide willSet
// expect: dense willSet 2
// expect: layer didSet 1 -> 2
// expect: dense didSet 1
// expect: wide willSet
// expect: dense willSet 3
// expect: layer didSet 2 -> 3
// expect: dense didSet 2
// expect: renamed w
// expect: layer didSet 0 -> 9
