let beta = 2.0
enum Kind {
    case alpha, beta
    var value: Double {
        switch self {
        case .alpha: return 1
        case .beta: return beta
        }
    }
}
print(Kind.beta.value)
// expect error: 7:28 enum case 'beta' cannot be used as an instance member
