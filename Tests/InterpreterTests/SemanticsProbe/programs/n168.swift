protocol P { func f() -> String }
extension P { func f() -> String { "P.f" } }
class Base: P {}
class Sub: Base {}
extension Sub { func f() -> String { "Sub-ext.f" } }
let p: P = Sub()
print(p.f(), Sub().f(), (Sub() as Base).f())
