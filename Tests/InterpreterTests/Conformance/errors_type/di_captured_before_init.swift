func t() {
    let x: Int
    let c = { print(x) }
    x = 1
    c()
}
// expect error: 3:13 constant 'x' captured by a closure before being initialized
