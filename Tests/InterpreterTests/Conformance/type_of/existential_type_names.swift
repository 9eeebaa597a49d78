// Swift's runtime names an existential by its protocols alone: `Array<Shape>`, `Optional<Shape>`.
protocol Shape { func area() -> Double }
protocol Named {}
struct Square: Shape, Named { func area() -> Double { 1 } }
let xs: [any Shape] = [Square()]
print(type(of: xs))
let d: [String: any Shape] = ["a": Square()]
print(type(of: d), Optional<any Shape>.self)
let both: [any Shape & Named] = [Square()]
print(type(of: both), type(of: xs[0]))
let f: (any Shape) -> Double = { $0.area() }
print(type(of: f))
// expect: Array<Shape>
// expect: Dictionary<String, Shape> Optional<Shape>
// expect: Array<Named & Shape> Square
// expect: (Shape) -> Double
