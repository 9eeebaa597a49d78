protocol P { func f(_ x: Int) -> String }
extension P { func f(_ x: Int) -> String { "P-Int" }; func f(_ x: Double) -> String { "P-Double" } }
struct S: P { func f(_ x: Double) -> String { "S-Double" } }
let s = S(); let p: P = s
print(s.f(1), s.f(1.5), p.f(1), p.f(1.5))
