func f() {
    defer { return }
    print(1)
}
f()
// expect error: 2:13 'return' cannot transfer control out of a defer statement
