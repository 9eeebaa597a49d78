// fatalError alone as the body of a function that returns a value; a nested type constructed in a property's default, with a default using the outer type's static.
class Base {
    func direction(_ g: Double) -> Double { fatalError("override me") }
}
class Plain: Base { override func direction(_ g: Double) -> Double { g } }
print(Plain().direction(2))
func checkedRate(_ lr: Double) -> Int {
    if lr > 0 { return 3 }
    fatalError("negative rate")
}
print(checkedRate(0.1))
struct Outer {
    static let base = 2.0
    struct Inner { var a = Outer.base; var b = 1 }
    var item = Inner(b: 3)
    enum Mode { case fast, slow }
    var mode: Mode = .fast
}
print(Outer().item.a, Outer().item.b, Outer().mode)
// expect: 2.0
// expect: 3
// expect: 2.0 3 fast
