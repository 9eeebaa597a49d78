protocol Stepper { mutating func step(_ x: inout Double) }
struct HB: Stepper {
    var v = 0.0
    mutating func step(_ x: inout Double) { v = 0.5 * v + x; x -= 0.3 * v }
}
func advance(_ s: inout some Stepper, _ x: inout Double) { s.step(&x) }
var h = HB(), x = 1.0
advance(&h, &x)
print(x, h.v)
// expect: 0.7 1.0
