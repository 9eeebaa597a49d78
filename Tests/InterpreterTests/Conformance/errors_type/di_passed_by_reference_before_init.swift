func g(_ a: inout Int) {}
func t() {
    var x: Int
    g(&x)
}
// expect error: 4:5 variable 'x' passed by reference before being initialized
