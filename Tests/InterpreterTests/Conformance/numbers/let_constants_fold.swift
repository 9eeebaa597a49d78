// `let` constants of type Double fold into the arithmetic that uses them; the answers are
// Swift's, bit for bit, including signed zeros, infinities and NaN.
let a = 0.1, b = 0.2
let c = a + b
var x = c
x += 1
let d = -a
let e: Double = 3
let f = 1 - a * b
print(c, d, e, f, x, 1 - c == 0.7)
let big = 1e308
let inf = big * 10
print(inf, -inf, -0.0 * a)
let zero = 0.0
print((zero / zero).isNaN)
func square() -> Double {
    let k = 2.5
    return k * k
}
print(square())
do {
    let a = 5.0
    print(a * 2)
}
print(a * 2)
let half = 0.5
let scaled = [half * 2, half / 4, half - 1]
print(scaled)
// expect: 0.30000000000000004 -0.1 3.0 0.98 1.3 true
// expect: inf -inf -0.0
// expect: true
// expect: 6.25
// expect: 10.0
// expect: 0.2
// expect: [1.0, 0.125, -0.5]
