extension Double {
    static let golden = (1.0 + 5.0.squareRoot()) / 2
    static func average(_ a: Double, _ b: Double) -> Double { (a + b) / 2 }
}
print(Double.golden)
print(Double.average(1, 4))
// interpreter-only
// expect: 1.618033988749895
// expect: 2.5
