extension Collection where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}
print([1, 2].total())
print("ab".total())
// expect error: 5:12 referencing instance method 'total()' on 'Collection' requires that 'String.Element' (aka 'Character') conform to 'Numeric'
