struct S {
    static var zero: Int { 0 }
}
S.zero = 1
// expect error: 4:3 cannot assign to property: 'zero' is a get-only property
