struct S {
    var a: Int
    var b: Double
    init(x: Int) {
        guard x > 0 else { a = 0; b = 0; return }
        a = x
        if x > 5 { return }
        b = 1
    }
}
print(S(x: 1).b)
// expect error: 7:20 return from initializer without initializing all stored properties
