func derivative(_ f: @escaping (Double) -> Double, h: Double = 1e-5) -> (Double) -> Double {
    { x in (f(x + h) - f(x - h)) / (2 * h) }
}
let df = derivative { $0 * $0 * $0 }
print((df(2) * 1000).rounded() / 1000)
