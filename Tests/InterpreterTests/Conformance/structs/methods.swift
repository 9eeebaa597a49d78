struct Vec {
    var x: Double
    var y: Double
    func norm() -> Double { sqrt(x * x + y * y) }
    func scaled(by k: Double) -> Vec { Vec(x: k * x, y: k * y) }
}
let v = Vec(x: 3, y: 4)
print(v.norm(), v.scaled(by: 2).norm())
// expect: 5.0 10.0
