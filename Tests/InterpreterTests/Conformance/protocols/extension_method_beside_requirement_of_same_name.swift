// A protocol extension's method of other labels beside a requirement of the same base name is a
// method of its own, on the conforming type, an existential and in generic code.
protocol Model { func f(_ x: [Double]) -> Double }
extension Model {
    func f(at x: Double) -> Double { f([x]) }
}
struct Sq: Model { func f(_ x: [Double]) -> Double { x[0] * x[0] } }
func use<M: Model>(_ m: M) -> Double { m.f(at: 3) }
let any: any Model = Sq()
print(Sq().f(at: 2), use(Sq()), any.f(at: 4), any.f([5]))
protocol Loss { func value(_ x: Double) -> Double }
extension Loss {
    func value(_ x: Double) -> Double { x * x }
    func value(at xs: [Double]) -> Double { xs.map { value($0) }.reduce(0, +) }
}
struct Quad: Loss {}
struct Abs: Loss { func value(_ x: Double) -> Double { abs(x) } }
print(Quad().value(at: [1, 2]), Abs().value(at: [-1, 2]), Quad().value(3))
protocol Prox { func prox(_ x: Double, step: Double) -> Double }
protocol Coordinatewise: Prox {}
extension Coordinatewise {
    func prox(coordinate i: Int, step: Double) -> Double { prox(Double(i), step: step) }
}
struct Soft: Coordinatewise { func prox(_ x: Double, step: Double) -> Double { max(x - step, 0) } }
print(Soft().prox(coordinate: 3, step: 0.5), Soft().prox(2, step: 0.5))
// expect: 4.0 9.0 16.0 25.0
// expect: 5.0 3.0 9.0
// expect: 2.5 1.5
