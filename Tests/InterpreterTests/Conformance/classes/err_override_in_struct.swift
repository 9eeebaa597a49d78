struct S {
    override func f() {}
}
// expect error: 2:5 'override' can only be specified on class members
