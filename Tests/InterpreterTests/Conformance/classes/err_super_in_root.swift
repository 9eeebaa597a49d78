class A {
    func f() -> Int { super.f() }
}
// expect error: 2:23 'super' cannot be used in class 'A' because it has no superclass
