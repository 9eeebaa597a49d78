extension Collection where Element: Numeric {
    func sumOfSquares() -> Element { reduce(0) { $0 + $1 * $1 } }
}
print(["a"].sumOfSquares())
// expect error: 4:13 referencing instance method 'sumOfSquares()' on 'Collection' requires that 'String' conform to 'Numeric'
