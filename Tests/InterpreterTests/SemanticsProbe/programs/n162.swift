protocol P { func f() -> String }
extension P { func f() -> String { "P.f" } }
class Base: P {}
class Sub: Base { func f() -> String { "Sub.f" } }
let s = Sub()
let b: Base = s
let p: P = s
print(s.f(), b.f(), p.f())
