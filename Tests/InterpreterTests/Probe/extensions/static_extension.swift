extension Double {
    static let goldenRatio = (1 + 5.0.squareRoot()) / 2
}
print(Double.goldenRatio)
print(1 / Double.goldenRatio)
