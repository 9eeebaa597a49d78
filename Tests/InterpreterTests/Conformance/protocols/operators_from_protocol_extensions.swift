// Operators a protocol's extension declares, and a prefix operator requirement, used on conforming types and in generic code.
protocol Addable {
    static func + (a: Self, b: Self) -> Self
    static func * (s: Double, v: Self) -> Self
}
extension Addable {
    func twice() -> Self { self + self }
    static func - (a: Self, b: Self) -> Self { a + (-1.0) * b }
}
struct P: Addable {
    var x: Double
    static func + (a: P, b: P) -> P { P(x: a.x + b.x) }
    static func * (s: Double, v: P) -> P { P(x: s * v.x) }
}
print(P(x: 2).twice())
print(P(x: 3) - P(x: 2))
protocol Negatable2 { static prefix func - (a: Self) -> Self }
struct Q: Negatable2 { var x: Double; static prefix func - (a: Q) -> Q { Q(x: -a.x) } }
func neg<T: Negatable2>(_ t: T) -> T { -t }
print(neg(Q(x: 3)))
// expect: P(x: 4.0)
// expect: P(x: 1.0)
// expect: Q(x: -3.0)
