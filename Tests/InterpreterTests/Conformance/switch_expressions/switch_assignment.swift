var label = ""
for n in [1, 5, 12] {
    label = switch n {
    case ..<3: "small"
    case 3..<10: "medium"
    default: "large"
    }
    print(n, label)
}
// expect: 1 small
// expect: 5 medium
// expect: 12 large
