protocol P { func f() -> String }
protocol Q: P {}
extension P { func f() -> String { "P.f" } }
extension Q { func f() -> String { "Q.f" } }
struct S: Q {}
struct T: P {}
let a: P = S()
print(S().f(), a.f(), T().f())
