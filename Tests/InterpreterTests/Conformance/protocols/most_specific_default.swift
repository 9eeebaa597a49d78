protocol P { func f() -> String }
protocol Q: P {}
extension P { func f() -> String { "P.f" } }
extension Q { func f() -> String { "Q.f" } }
struct S: Q {}
let a: P = S()
print(a.f())
func call<T: P>(_ x: T) -> String { x.f() }
print(call(S()), S().f())
class K: Q {}
class L: K {}
print((L() as P).f(), L().f())
protocol Shape { var name: String { get } }
protocol Polygon: Shape {}
extension Shape { var name: String { "shape" } }
extension Polygon { var name: String { "polygon" } }
struct Tri: Polygon {}
let shapes: [any Shape] = [Tri()]
print(shapes.map(\.name), Tri().name)
// expect: Q.f
// expect: Q.f Q.f
// expect: Q.f Q.f
// expect: ["polygon"] polygon
