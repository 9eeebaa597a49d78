func t(_ b: Bool) {
    let x: Int
    if b { x = 1 }
    print(x)
}
// expect error: 4:11 constant 'x' used before being initialized
