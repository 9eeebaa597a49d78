// Static requirements of a protocol, used through a generic function's type parameter.
protocol Monoid {
    static var identity: Self { get }
    static func + (a: Self, b: Self) -> Self
}
struct Money: Monoid {
    var cents: Int
    static var identity: Money { Money(cents: 0) }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
}
struct Product: Monoid {
    var value: Double
    static var identity: Product { Product(value: 1) }
    static func + (a: Product, b: Product) -> Product { Product(value: a.value * b.value) }
}
func combine<T: Monoid>(_ xs: [T]) -> T { xs.reduce(T.identity, +) }
print(combine([Money(cents: 5), Money(cents: 7)]).cents)
print(combine([Product(value: 2), Product(value: 3.5)]).value)
print(combine([Money]()).cents)
// expect: 12
// expect: 7.0
// expect: 0
