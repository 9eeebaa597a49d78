func horner(_ coefficients: [Double], _ x: Double) -> Double {
    coefficients.reversed().reduce(0) { $0 * x + $1 }
}
let p = [1.0, -3.0, 0.0, 2.0]
print((0...3).map { horner(p, Double($0)) })
