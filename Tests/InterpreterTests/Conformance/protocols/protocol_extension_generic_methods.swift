// A protocol extension's generic methods are the conforming types' own: on a value, an
// existential, inside generic code and calling the type's requirements.
protocol Acc { var total: Double { get }; func describe() -> String }
struct A: Acc { var total = 1.0; func describe() -> String { "A" } }
final class B: Acc { var total = 3.0; func describe() -> String { "B" } }
extension Acc {
    func scaled<T: BinaryFloatingPoint>(_ s: T) -> Double { total * Double(s) }
    func tagged<T>(_ x: T) -> String { "\(describe()):\(x)" }
}
func twice<X: Acc>(_ a: X) -> Double { a.scaled(2.0) }
let accs: [any Acc] = [A(), B()]
print(A().scaled(Float(2)), B().scaled(0.5), twice(B()))
print(accs.map { $0.tagged(1) }, accs.map { $0.scaled(Float(1)) })
// expect: 2.0 1.5 6.0
// expect: ["A:1", "B:1"] [1.0, 3.0]
