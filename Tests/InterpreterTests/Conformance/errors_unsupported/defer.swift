func f() {
    defer { print("x") }
}
// expect error: 2:5 not supported in experiment blocks: 'defer'
