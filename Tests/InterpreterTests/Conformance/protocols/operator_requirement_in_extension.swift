// In a protocol extension, Self's operators are the conforming type's own (an operator requirement).
protocol Scalable {
    static func * (s: Double, v: Self) -> Self
}
extension Scalable {
    func scaled(_ t: Double) -> Self { t * self }
}
struct P: Scalable {
    var x: Double
    static func * (s: Double, v: P) -> P { P(x: s * v.x) }
}
let m = P(x: 2).scaled(3)
print(m.x)
print(m)
// expect: 6.0
// expect: P(x: 6.0)
