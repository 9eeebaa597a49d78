// A protocol extension's static members: a default for a static requirement, a static method using one, through a metatype argument.
protocol Named {
    static var name: String { get }
}
extension Named {
    static var name: String { "default" }
}
struct A: Named {}
struct B: Named { static var name: String { "B" } }
print(A.name, B.name)
protocol Zeroed { static var zero: Self { get }; static func make() -> Self }
extension Zeroed { static func make() -> Self { zero } }
struct P: Zeroed { var x = 1.0; static var zero: P { P(x: 0) } }
print(P.make())
// expect: default B
// expect: P(x: 0.0)
