enum Sign {
    case negative, zero, positive
    init(_ x: Double) {
        if x < 0 { self = .negative } else if x == 0 { self = .zero } else { self = .positive }
    }
    var symbol: String {
        switch self {
        case .negative: return "-"
        case .zero: return "0"
        case .positive: return "+"
        }
    }
}
print(Sign(-2).symbol, Sign(0).symbol, Sign(3.5).symbol)
// expect: - 0 +
