struct Complex {
    var re, im: Double
    static func + (a: Complex, b: Complex) -> Complex { Complex(re: a.re + b.re, im: a.im + b.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }
    static prefix func - (a: Complex) -> Complex { Complex(re: -a.re, im: -a.im) }
}
let i = Complex(re: 0, im: 1)
let z = i * i + Complex(re: 1, im: 1)
print(z.re, z.im)
print((-z).re)
