protocol Real: ExpressibleByIntegerLiteral { static func * (a: Self, b: Self) -> Self }
struct Dual: Real, CustomStringConvertible {
    var v: Double
    init(v: Double) { self.v = v }
    init(integerLiteral value: Int) { v = Double(value) }
    static func * (a: Dual, b: Dual) -> Dual { Dual(v: a.v * b.v) }
    var description: String { "Dual(\(v))" }
}
extension Double: Real {}
func triple<T: Real>(_ x: T) -> T { 3 * x }
print(triple(Dual(v: 3)), triple(2.5))
extension Real { func doubled() -> Self { 2 * self } }
print(Dual(v: 4).doubled(), 1.5.doubled())
func zero<T: Real>(_: T.Type) -> T { 0 }
print(zero(Dual.self), zero(Double.self))
// expect: Dual(9.0) 7.5
// expect: Dual(8.0) 3.0
// expect: Dual(0.0) 0.0
