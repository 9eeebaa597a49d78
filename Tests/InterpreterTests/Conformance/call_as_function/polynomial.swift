struct Polynomial {
    var coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
}
let p = Polynomial(coefficients: [1, 2, 3])
print(p(2), p(0))
print([0.0, 1.0].map { p($0) })
// expect: 17.0 1.0
// expect: [1.0, 6.0]
