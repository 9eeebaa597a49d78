protocol Shape {
    func area() -> Double
}
struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
}
struct Circle: Shape {
    var r: Double
    func area() -> Double { 3.14 * r * r }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 1)]
print(shapes.map { $0.area() })
