func name(_ n: Int) -> String {
    switch n {
    case 0: "zero"
    case 1...9: "digit"
    default: "large"
    }
}
print(name(0), name(7), name(42))
// expect: zero digit large
