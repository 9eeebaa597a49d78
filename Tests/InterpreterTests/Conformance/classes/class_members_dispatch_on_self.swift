class A {
    class var n: String { "A" }
    class var d: String { n }
    class func f() -> String { "fA" }
    class func g() -> String { f() + n }
    func inst() -> String { Self.n }
    func inst2() -> String { type(of: self).n }
    required init() {}
    class func make() -> A { Self() }
    class func make2() -> Self { Self.init() }
}
class B: A {
    override class var n: String { "B" }
    override class func f() -> String { "fB" }
}
print(B.d, A.d, B.g(), A.g(), B().inst(), B().inst2())
let t: A.Type = B.self
print(t.d, t.g(), type(of: B.make()), type(of: B.make2()), type(of: A.make()))
// expect: B A fBB fAA B B
// expect: B fBB B B A
