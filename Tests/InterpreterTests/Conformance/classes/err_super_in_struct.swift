struct S {
    func f() -> Int { super.f() }
}
// expect error: 2:23 'super' cannot be used in non-class type 'S'
