extension Double {
    init(constant c: Double) { self = c * 2 }
    init?(percent text: String) {
        guard let v = Double(text.dropLast()) else { return nil }
        self = v / 100
    }
}
extension Int {
    init(rounding x: Double) { self = Int(x.rounded()) }
}
protocol Scalar { init(constant c: Double) }
extension Double: Scalar {}
func make<S: Scalar>(_ x: Double) -> S { S(constant: x) }
let d: Double = make(0.25)
print(Double(constant: 1.5), Double(percent: "12%") as Any, Double(percent: "x%") as Any, Int(rounding: 2.6), d, Double(3))
// expect: 3.0 Optional(0.12) nil 3 0.5 3.0
