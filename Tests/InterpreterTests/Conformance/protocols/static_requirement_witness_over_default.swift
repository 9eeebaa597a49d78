protocol Named { static func kind() -> String }
extension Named { static func kind() -> String { "default" } }
struct A: Named {}
struct B: Named { static func kind() -> String { "B" } }
func k<T: Named>(_ t: T.Type) -> String { t.kind() }
func k2<T: Named>(_ t: T.Type) -> String { T.kind() }
print(k(A.self), k(B.self), A.kind(), B.kind(), k2(B.self))
// expect: default B default B B
