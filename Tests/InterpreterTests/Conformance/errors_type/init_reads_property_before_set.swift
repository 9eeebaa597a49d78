struct S {
    var a: Int
    var b: Double
    init() {
        b = 1
        print(a)
        a = 2
    }
}
print(S().a)
// expect error: 6:15 'self' used before all stored properties are initialized
