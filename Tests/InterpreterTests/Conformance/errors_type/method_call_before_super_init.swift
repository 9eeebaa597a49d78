class A { init() {}; func f() -> Int { 1 } }
class B: A {
    let m: Int
    override init() { m = f(); super.init() }
}
print(B().m)
// expect error: 4:27 'self' used in method call 'f' before 'super.init' call
