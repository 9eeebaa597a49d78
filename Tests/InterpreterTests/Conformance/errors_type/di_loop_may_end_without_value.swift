func t() {
    let x: Int
    var i = 0
    while i < 3 {
        if i == 2 { x = i; break }
        i += 1
    }
    print(x)
    print(i)
}
// expect error: 8:11 constant 'x' used before being initialized
