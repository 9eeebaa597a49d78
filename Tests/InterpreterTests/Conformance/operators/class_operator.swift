class Money {
    let cents: Int
    init(cents: Int) { self.cents = cents }
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
}
let total = [Money(cents: 150), Money(cents: 275), Money(cents: 5)].reduce(Money(cents: 0)) { $0 + $1 }
print(total.cents)
// expect: 430
