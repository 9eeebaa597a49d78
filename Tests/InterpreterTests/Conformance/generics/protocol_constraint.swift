protocol Shape { func area() -> Double }
struct Sq: Shape {
    var s: Double
    func area() -> Double { s * s }
}
struct Disk: Shape {
    var r: Double
    func area() -> Double { 3 * r * r }
}
func totalArea<S: Shape>(_ shapes: [S]) -> Double { shapes.reduce(0) { $0 + $1.area() } }
func describe<T: Shape>(_ x: T) -> String { "area \(x.area())" }
print(totalArea([Sq(s: 1), Sq(s: 2)]), describe(Disk(r: 1)))
// expect: 5.0 area 3.0
