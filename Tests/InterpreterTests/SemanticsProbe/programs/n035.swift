import Foundation
protocol P { func f() -> String }
extension P { func f() -> String { "P.f" }; func g() -> String { "P.g" } }
struct S: P { func f() -> String { "S.f" }; func g() -> String { "S.g" } }
let s = S()
let p: P = s
print(s.f(), s.g(), p.f(), p.g())
func gen<T: P>(_ t: T) -> String { t.f() + " " + t.g() }
print(gen(s))
