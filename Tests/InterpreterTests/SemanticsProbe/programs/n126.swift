protocol P { func hello() -> String }
extension P { func hello() -> String { "P" } }
extension P where Self: Equatable { func hello() -> String { "P-Eq" } }
struct S: P, Equatable {}
struct T: P {}
print(S().hello(), T().hello())
let ps: [P] = [S(), T()]
print(ps.map { $0.hello() })
