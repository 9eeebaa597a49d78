struct Money: AdditiveArithmetic, CustomStringConvertible {
    var cents: Int
    static var zero: Money { Money(cents: 0) }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    var description: String { "$\(cents / 100).\(cents % 100)" }
}
let ms = [Money(cents: 505), Money(cents: 795)]
print(ms.reduce(.zero, +), [1.5, 2.5].reduce(0, +), [1, 2].reduce(0, +))
let items: [Any] = [ms.reduce(.zero, +)]
print(items)
// expect: $13.0 4.0 3
// expect: [$13.0]
