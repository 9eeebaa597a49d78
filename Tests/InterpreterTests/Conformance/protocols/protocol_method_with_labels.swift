protocol Integrator {
    func integrate(_ f: (Double) -> Double, from a: Double, to b: Double) -> Double
}
struct Midpoint: Integrator {
    var n: Int
    func integrate(_ f: (Double) -> Double, from a: Double, to b: Double) -> Double {
        let h = (b - a) / Double(n)
        var s = 0.0
        for i in 0..<n { s += f(a + (Double(i) + 0.5) * h) }
        return s * h
    }
}
struct Trapezoid: Integrator {
    var n: Int
    func integrate(_ f: (Double) -> Double, from a: Double, to b: Double) -> Double {
        let h = (b - a) / Double(n)
        var s = (f(a) + f(b)) / 2
        for i in 1..<n { s += f(a + Double(i) * h) }
        return s * h
    }
}
let methods: [any Integrator] = [Midpoint(n: 4), Trapezoid(n: 4)]
for m in methods { print(m.integrate({ $0 * $0 }, from: 0, to: 1)) }
// expect: 0.328125
// expect: 0.34375
