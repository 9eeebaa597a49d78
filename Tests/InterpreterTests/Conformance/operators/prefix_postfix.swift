prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
postfix operator %%
postfix func %% (x: Double) -> Double { x / 100 }
struct Complex {
    var re, im: Double
    static prefix func - (z: Complex) -> Complex { Complex(re: -z.re, im: -z.im) }
}
let z = -Complex(re: 1, im: -2)
print(√16.0, √2.0 * √2.0, 50.0%%, -(√4.0), z.re, z.im)
// expect: 4.0 2.0000000000000004 0.5 -2.0 -1.0 2.0
