protocol P { func f() -> String }
protocol Q: P {}
extension P { func f() -> String { "P.f" } }
extension Q { func f() -> String { "Q.f" } }
class K: Q {}
class L: K {}
print((L() as P).f(), L().f())
