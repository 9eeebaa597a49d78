class A { func f(_ x: Int = 1) -> Int { x } }
class B: A { override func f(_ x: Int = 2) -> Int { x * 10 } }
let a: A = B()
print(a.f(), B().f())
protocol P { func g(_ y: Int) -> Int }
extension P { func h() -> Int { g(5) } }
// expect: 10 20
