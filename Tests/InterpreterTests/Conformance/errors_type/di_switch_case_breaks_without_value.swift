func t(_ k: Int) {
    let y: Int
    switch k {
    case 1: y = 1
    case 2: break
    default: y = 0
    }
    print(y)
}
// expect error: 8:11 constant 'y' used before being initialized
