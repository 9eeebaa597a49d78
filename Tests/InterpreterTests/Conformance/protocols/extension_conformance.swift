protocol Norm { func norm() -> Double }
struct V2 { var x: Double, y: Double }
extension V2: Norm {
    func norm() -> Double { (x * x + y * y).squareRoot() }
}
func total(_ xs: [any Norm]) -> Double { xs.reduce(0) { $0 + $1.norm() } }
print(total([V2(x: 3, y: 4), V2(x: 6, y: 8)]))
// expect: 15.0
