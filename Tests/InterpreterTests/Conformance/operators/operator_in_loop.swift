struct Complex {
    var re: Double, im: Double
    static func + (a: Complex, b: Complex) -> Complex { Complex(re: a.re + b.re, im: a.im + b.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }
}
var z = Complex(re: 0, im: 0)
let c = Complex(re: -0.5, im: 0.5)
for _ in 0..<10 { z = z * z + c }
print((z.re * 1e6).rounded() / 1e6, (z.im * 1e6).rounded() / 1e6)
// expect: -0.11932 0.219608
