class A {
    var log: [String] = ["A.default"]
    var k = 1
    init() { log.append("A.init"); k = 10 }
}
class B: A {
    var y: Int
    init(y: Int) { self.y = y }
}
let b = B(y: 3)
print(b.log, b.k, b.y)
class C: A {
    var z = 5
    override init() { z = 6 }
}
print(C().log, C().k)
class Base7 {
    var x = 0 { didSet { print("Base.didSet \(oldValue) -> \(x)") } }
    init() { x = 1 }
}
class Sub: Base7 {
    override init() { super.init(); x = 5 }
}
let s7 = Sub()
print(s7.x)
class Sub2: Base7 {
    override var x: Int { willSet { print("Sub2.willSet", newValue) } }
    init(v: Int) { super.init(); x = v }
}
_ = Sub2(v: 7)
struct S { var p: Int = { print("S.p"); return 1 }(); var q: Int = { print("S.q"); return 2 }(); let r: Int = { print("S.r"); return 3 }() }
_ = S(p: 5)
let all = S()
print(all.p, all.q, all.r)
// expect: ["A.default", "A.init"] 10 3
// expect: ["A.default", "A.init"] 10
// expect: Base.didSet 1 -> 5
// expect: 5
// expect: Sub2.willSet 7
// expect: Base.didSet 1 -> 7
// expect: S.q
// expect: S.r
// expect: S.p
// expect: S.q
// expect: S.r
// expect: 1 2 3
