protocol P { func f() -> String }
extension P { func f() -> String { "P.f" } }
class Base: P {}
class Sub: Base { func f() -> String { "Sub.f" } }
let b: Base = Sub()
let p: P = Sub()
print(b.f(), p.f(), Sub().f())
func call<T: P>(_ x: T) -> String { x.f() }
print(call(Sub()))
protocol Q { var v: Int { get } }
extension Q { var v: Int { 1 } }
class Top: Q {}
class Down: Top { var v: Int { 2 } }
let q: Q = Down()
print(q.v, Down().v)
protocol R { func name() -> String }
class A: R { func name() -> String { "A" } }
class B: A { override func name() -> String { "B" } }
let r: R = B()
print(r.name(), call2(B()))
func call2<T: R>(_ x: T) -> String { x.name() }
// expect: P.f P.f Sub.f
// expect: P.f
// expect: 1 2
// expect: B B
