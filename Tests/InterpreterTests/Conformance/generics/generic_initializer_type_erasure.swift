// A generic initialiser over a protocol of the note: the type-erasing wrapper.
protocol Shape { func area(_ k: Double) -> Double }
struct Sq: Shape { func area(_ k: Double) -> Double { k * k } }
struct Circle: Shape { var r = 1.0; func area(_ k: Double) -> Double { 3 * r * k } }
struct AnyShape {
    let area: (Double) -> Double
    let name: String
    init<S: Shape>(_ s: S) { area = s.area; name = "\(type(of: s))" }
}
let shapes = [AnyShape(Sq()), AnyShape(Circle(r: 2))]
for s in shapes { print(s.name, s.area(3)) }
// expect: Sq 9.0
// expect: Circle 18.0
