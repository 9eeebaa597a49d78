protocol P { func f() -> String }
extension P { func f() -> String { "P" } }
class A: P { func f() -> String { "A" } }
class B: A {}
class C: B { override func f() -> String { "C" } }
let xs: [P] = [A(), B(), C()]
print(xs.map { $0.f() })
