struct Quad {
    var a: Double
    func f(_ x: Double) -> Double { a * x * x }
    func df(_ x: Double) -> Double { (f(x + 1e-6) - f(x - 1e-6)) / 2e-6 }
}
let q = Quad(a: 2)
print(abs(q.df(3) - 12) < 1e-6)
// expect: true
