func t() {
    let x: Int
    for i in 0..<2 {
        x = i
    }
}
// expect error: 4:11 immutable value 'x' may only be initialized once
