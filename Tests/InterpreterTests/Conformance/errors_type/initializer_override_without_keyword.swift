class Base { init(lr: Double) { print("base \(lr)") } }
class Child: Base {
    init(lr: Double) { super.init(lr: lr) }
}
_ = Child(lr: 0.1)
// expect error: 3:5 overriding declaration requires an 'override' keyword
