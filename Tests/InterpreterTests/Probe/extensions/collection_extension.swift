extension Collection where Element: Numeric {
    func sumOfSquares() -> Element { reduce(0) { $0 + $1 * $1 } }
}
print([1, 2, 3].sumOfSquares())
print([0.5, 1.5].sumOfSquares())
