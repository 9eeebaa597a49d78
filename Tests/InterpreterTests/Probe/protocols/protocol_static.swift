protocol Zero {
    static var zero: Self { get }
    static func + (a: Self, b: Self) -> Self
}
struct Money: Zero {
    var cents: Int
    static var zero: Money { Money(cents: 0) }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
}
func sum<T: Zero>(_ xs: [T]) -> T { xs.reduce(T.zero, +) }
print(sum([Money(cents: 5), Money(cents: 7)]).cents)
