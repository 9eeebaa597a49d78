protocol Shape {
    func area() -> Double
    var name: String { get }
}
struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
    var name: String { "square" }
}
struct Circle: Shape {
    var r: Double
    let name = "circle"
    func area() -> Double { 3 * r * r }
}
let shapes: [any Shape] = [Square(side: 2), Circle(r: 1)]
for s in shapes { print(s.name, s.area()) }
// expect: square 4.0
// expect: circle 3.0
