extension Array where Element == Double {
    static func zeros(_ n: Int) -> [Double] { Array(repeating: 0, count: n) }
}
print([Double].zeros(3))
// expect: [0.0, 0.0, 0.0]
