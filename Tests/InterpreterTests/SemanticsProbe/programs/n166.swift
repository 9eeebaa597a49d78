protocol P { func f() -> String }
extension P { func f() -> String { "P.f" }; func g() -> String { "P.g/" + f() } }
struct S: P { func g() -> String { "S.g" } }
func h<T: P>(_ t: T) -> String { t.g() }
print(S().g(), h(S()), (S() as P).g())
