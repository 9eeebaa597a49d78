protocol Loss {
    func value(_ x: Double) -> Double
}
extension Loss {
    func sum(_ xs: [Double]) -> Double { xs.map { value($0) }.reduce(0, +) }
}
struct Squared: Loss { func value(_ x: Double) -> Double { x * x } }
struct Absolute: Loss { func value(_ x: Double) -> Double { abs(x) } }
let xs = [-1.0, 2.0, -3.0]
print(Squared().sum(xs), Absolute().sum(xs))
// expect: 14.0 6.0
