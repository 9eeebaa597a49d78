protocol Shape { func area() -> Double }
extension Shape { func area() -> Double { 0 } }
struct Sq: Shape {
    var s: Double
    func area(scale: Double) -> Double { s * s * scale }
}
print(Sq(s: 2).area(), Sq(s: 2).area(scale: 2))
// expect: 0.0 8.0
