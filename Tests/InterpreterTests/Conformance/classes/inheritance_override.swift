class Shape {
    func area() -> Double { 0 }
    func describe() -> String { "shape with area \(area())" }
}
class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side }
    override func area() -> Double { side * side }
}
class Circle: Shape {
    var r: Double
    init(r: Double) { self.r = r }
    override func area() -> Double { 3.0 * r * r }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 1), Shape()]
for s in shapes { print(s.describe()) }
// expect: shape with area 4.0
// expect: shape with area 3.0
// expect: shape with area 0.0
