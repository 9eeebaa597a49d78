protocol Shape { func area() -> Double }
struct Sq: Shape {
    var s: Double
    func area() -> Double { s * s }
}
func unit() -> some Shape { Sq(s: 1) }
func scaled(_ k: Double) -> any Shape { Sq(s: k) }
print(unit().area(), scaled(3).area())
// expect: 1.0 9.0
