class A { var n = 0; init() {} }
class B: A {
    let m: Int
    override init() { n = 3; m = 1; super.init() }
}
print(B().n)
// expect error: 4:25 'self' used in property access 'n' before 'super.init' call
