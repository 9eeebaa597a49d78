protocol Function1D {
    func value(at x: Double) -> Double
}
struct Quadratic: Function1D {
    var a: Double
    func value(at x: Double) -> Double { a * x * x }
}
func sample(_ f: some Function1D, at xs: [Double]) -> [Double] {
    xs.map { f.value(at: $0) }
}
print(sample(Quadratic(a: 2), at: [0, 1, 2]))
