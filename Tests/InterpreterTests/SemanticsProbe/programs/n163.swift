protocol P { func f() -> String }
extension P { func f() -> String { "P.f" } }
class Base: P { func f() -> String { "Base.f" } }
class Sub: Base { override func f() -> String { "Sub.f" } }
let p: P = Sub()
func g<T: P>(_ t: T) -> String { t.f() }
print(p.f(), g(Sub()), g(Base()))
