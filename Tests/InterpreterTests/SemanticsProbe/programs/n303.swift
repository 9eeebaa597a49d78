protocol P { associatedtype T; var x: T { get } ; func desc() -> String }
extension P { func desc() -> String { "P(\(x))" } }
extension P where T == Int { func desc() -> String { "IntP(\(x))" } }
struct S: P { var x = 5 }
struct D: P { var x = 5.0 }
func g<U: P>(_ u: U) -> String { u.desc() }
print(S().desc(), D().desc(), g(S()), g(D()))
