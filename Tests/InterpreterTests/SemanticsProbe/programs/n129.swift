protocol Gen { func g() -> String }
extension Gen { func g() -> String { "ext" } }
class C1: Gen {}
class C2: C1 { func g() -> String { "C2" } }
func call<T: Gen>(_ t: T) -> String { t.g() }
print(call(C2()), C2().g(), (C2() as C1).g())
