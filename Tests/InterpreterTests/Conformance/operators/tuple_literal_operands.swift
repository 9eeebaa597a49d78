// Tuple literals passed to a note's operators take the parameters' types.
struct Matrix2 {
    var a, b, c, d: Double
    static func * (m: Matrix2, v: (Double, Double)) -> (Double, Double) { (m.a * v.0 + m.b * v.1, m.c * v.0 + m.d * v.1) }
}
let m = Matrix2(a: 2, b: 1, c: 1, d: 3)
print(m * (1, 1))
infix operator •: MultiplicationPrecedence
func • (u: (Double, Double), v: (Double, Double)) -> Double { u.0 * v.0 + u.1 * v.1 }
print((1, 2) • (3, 4))
// expect: (3.0, 4.0)
// expect: 11.0
