let x: Double = 5
let y: Float = 5
let z: Int = 5
print("\(x) \(y) \(z) \(x / 2) \(Double(z) / 3) \(Float(z) / 3)")
print(x.description, y.description, x.debugDescription, "\(Double(Float(0.1)))", String(describing: Float(1) / 3))
print([x], [y], [x: y], (x, y))
