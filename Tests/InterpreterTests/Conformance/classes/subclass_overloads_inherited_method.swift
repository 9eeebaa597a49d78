class A {
    func m(_ x: Int) -> String { "A.int" }
    func m(_ x: Double) -> String { "A.double" }
}
class B: A {
    func m(_ x: String) -> String { "B.string" }
    override func m(_ x: Int) -> String { "B.int" }
}
class C: B {
    override func m(_ x: String) -> String { "C.string " + super.m(x) }
}
let objs: [A] = [A(), B(), C()]
for o in objs { print(o.m(1), o.m(2.5)) }
let bs: [B] = [B(), C()]
for b in bs { print(b.m("s"), b.m(3), b.m(1.5)) }
class D: A { func m(label x: Int) -> String { "D.label" } }
print(D().m(label: 1), D().m(1))
class G { func wrap<T>(_ x: T) -> [T] { [x] } }
class H: G { func twice(_ x: Int) -> [Int] { super.wrap(x) + wrap(x) } }
print(H().twice(4))
// expect: A.int A.double
// expect: B.int A.double
// expect: B.int A.double
// expect: B.string B.int A.double
// expect: C.string B.string B.int A.double
// expect: D.label A.int
// expect: [4, 4]
