enum Suit: String, CaseIterable {
    case hearts, spades
    var symbol: String {
        switch self {
        case .hearts: return "H"
        case .spades: return "S"
        }
    }
    func describe() -> String { rawValue + "(" + symbol + ")" }
}
for s in Suit.allCases { print(s.describe()) }
