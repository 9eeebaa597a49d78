protocol Schedule { func callAsFunction(_ step: Int) -> Double }
struct Const: Schedule { var v: Double; func callAsFunction(_ step: Int) -> Double { v } }
struct Wrap<Base: Schedule> {
    var base: Base
    func callAsFunction(_ step: Int) -> Double { base(step) }
}
extension Schedule {
    func wrapped() -> Wrap<Self> { Wrap(base: self) }
}
print(Const(v: 2).wrapped()(0))
// expect: 2.0
