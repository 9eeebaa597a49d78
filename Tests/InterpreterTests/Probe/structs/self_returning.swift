struct Money {
    var cents: Int
    func adding(_ other: Money) -> Money { Money(cents: cents + other.cents) }
    static let zero = Money(cents: 0)
}
let total = [Money(cents: 150), Money(cents: 275)].reduce(Money.zero) { $0.adding($1) }
print(total.cents)
