func name(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2: return "small"
    default: return "many"
    }
}
print(name(0), name(2), name(7))
// expect: zero small many
