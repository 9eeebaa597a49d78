let rate = 0.5
struct Outer {
    static let rate = 0.1
    struct Inner {
        func get() -> Double { rate }
    }
}
print(Outer.Inner().get())
// expect: 0.1
