struct Money: Equatable {
    var cents: Int
    static func == (a: Money, b: Money) -> Bool { a.cents == b.cents }
}
print(Money(cents: 5) == Money(cents: 5), Money(cents: 5) != Money(cents: 6))
