protocol P { func f() -> String }
extension P { func f() -> String { "P" } }
struct A: P {}
struct B: P { func f() -> String { "B" } }
func call(_ xs: [P]) -> [String] { xs.map { $0.f() } }
print(call([A(), B()]))
extension A { func f(_ x: Int = 0) -> String { "A-ext" } }
print(A().f(), (A() as P).f())
