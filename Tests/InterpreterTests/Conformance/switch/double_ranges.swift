func regime(_ lr: Double) -> String {
    switch lr {
    case 0.0..<0.01: return "slow"
    case 0.01...0.1: return "ok"
    default: return "unstable"
    }
}
print(regime(0.001), regime(0.05), regime(1))
// expect: slow ok unstable
