class Layer { func size() -> Int { 1 } }
class Wide: Layer { override func size() -> Int { 10 } }
let layers = [Wide() as Layer, Layer()]
print(layers.map { $0.size() })
// expect: [10, 1]
