protocol Objective {
    func value(at x: Double) -> Double
}
struct Parabola: Objective {
    var center: Double
    func value(at x: Double) -> Double { (x - center) * (x - center) }
}
func minimize(_ f: some Objective, from x0: Double) -> Double {
    var x = x0
    for _ in 0..<100 {
        let h = 1e-6
        let g = (f.value(at: x + h) - f.value(at: x - h)) / (2 * h)
        x -= 0.1 * g
    }
    return x
}
let x = minimize(Parabola(center: 3), from: 0)
print((x * 1000).rounded() / 1000)
// expect: 3.0
