class Layer {
    var size: Int
    var name: String
    init() {
        size = 1
        name = "layer"
    }
}
class Dense: Layer {
    var units: Int
    override init() {
        units = 8
        super.init()
        name = "dense"
        size = units * 2
    }
}
let d = Dense()
print(d.name, d.size, d.units)
// expect: dense 16 8
