protocol Named { static func kind() -> String; init() }
extension Named { static func kind() -> String { "default" } }
struct A: Named {}
struct B: Named { static func kind() -> String { "B" } }
func k<T: Named>(_ t: T.Type) -> String { t.kind() }
print(k(A.self), k(B.self), A.kind(), B.kind())
func mk<T: Named>() -> T { T() }
let a: A = mk(); print(a)
