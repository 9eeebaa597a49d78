protocol P { func a() -> String }
extension P { func a() -> String { "ext-a" }; func b() -> String { "ext-b:" + a() } }
class Base: P { func a() -> String { "base-a" } }
class Derived: Base { override func a() -> String { "derived-a" }; func b() -> String { "derived-b" } }
let x: P = Derived()
let y: Base = Derived()
print(x.a(), x.b(), y.a(), y.b(), Derived().b())
