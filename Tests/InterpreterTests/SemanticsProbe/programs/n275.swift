protocol Shape { func area() -> Double }
struct Sq: Shape { var s: Double; func area() -> Double { s * s } }
func make() -> some Shape { Sq(s: 3) }
let shapes: [any Shape] = [Sq(s: 1), make()]
print(make().area(), shapes.map { $0.area() })
