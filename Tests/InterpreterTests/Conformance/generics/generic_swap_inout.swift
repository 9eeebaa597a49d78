func swapped<T>(_ a: inout T, _ b: inout T) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapped(&x, &y)
print(x, y)
// expect: 2 1
