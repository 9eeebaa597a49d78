// Standard types adopt a protocol of the note whose static requirements they already meet.
protocol Summable {
    static func + (a: Self, b: Self) -> Self
}
extension Int: Summable {}
extension Double: Summable {}
extension String: Summable {}
extension Array where Element: Summable {
    func total(from zero: Element) -> Element { reduce(zero, +) }
}
func twice<T: Summable>(_ x: T) -> T { x + x }
print([1, 2, 3].total(from: 0), [0.5, 0.25].total(from: 0), ["a", "b"].total(from: ">"))
print(twice(21), twice(1.5), twice("ab"))
// expect: 6 0.75 >ab
// expect: 42 3.0 abab
