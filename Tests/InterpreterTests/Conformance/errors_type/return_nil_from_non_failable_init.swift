struct S {
    var v: Int
    init(_ x: Int) {
        v = x
        return nil
    }
}
// expect error: 5:9 only a failable initializer can return 'nil'
