class A { func f() -> String { "A" } }
class B: A { override func f() -> String { "B" } }
class C: B { override func f() -> String { "C+" + super.f() } }
let objs: [A] = [A(), B(), C()]
print(objs.map { $0.f() })
let fns = objs.map { $0.f }
print(fns.map { $0() })
let m = A.f
print(m(C())())
