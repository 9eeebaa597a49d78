class Model {
    var loss: Double = .infinity {
        willSet { print("will set", newValue) }
        didSet { if loss < oldValue { print("improved") } }
    }
}
let m = Model()
m.loss = 2.0
m.loss = 3.0
m.loss = 1.0
