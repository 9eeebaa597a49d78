enum Level: Comparable { case low, mid(Int), high }
print(Level.low < .high, Level.mid(5) < .mid(3), Level.high > .mid(100), [Level.high, .low, .mid(2), .mid(1)].sorted())
enum Suit: Int, Comparable { case spades = 3, hearts = 1
  static func < (a: Suit, b: Suit) -> Bool { a.rawValue < b.rawValue } }
print([Suit.spades, .hearts].sorted(), Suit.spades > .hearts)
