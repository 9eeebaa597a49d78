struct P: CustomStringConvertible {
    var x: Double
    static let zero = P(x: 0)
    static func + (a: P, b: P) -> P { P(x: a.x + b.x) }
    static func * (s: Double, p: P) -> P { P(x: s * p.x) }
    var description: String { "P(\(x))" }
}
let ps = [P(x: 1), P(x: 2)]
print(0.5 * ps.reduce(.zero, +))
print(0.5 * ps.reduce(.zero) { $0 + $1 }, ps.reduce(.zero, +))
protocol VectorSpace { static var zero: Self { get }; static func + (a: Self, b: Self) -> Self; static func * (s: Double, v: Self) -> Self }
extension P: VectorSpace {}
func mean<T: VectorSpace>(_ xs: [T]) -> T { (1 / Double(xs.count)) * xs.reduce(.zero, +) }
print(mean(ps))
// expect: P(1.5)
// expect: P(1.5) P(3.0)
// expect: P(1.5)
