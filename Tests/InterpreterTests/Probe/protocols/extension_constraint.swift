protocol Summable {
    static func + (a: Self, b: Self) -> Self
}
extension Int: Summable {}
extension Double: Summable {}
extension Array where Element: Summable {
    func total(from zero: Element) -> Element { reduce(zero, +) }
}
print([1, 2, 3].total(from: 0))
print([0.5, 0.25].total(from: 0))
