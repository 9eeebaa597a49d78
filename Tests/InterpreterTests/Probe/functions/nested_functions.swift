func makeReport(_ xs: [Double]) -> String {
    func fmt(_ x: Double) -> String { "<\(x)>" }
    let total = xs.reduce(0, +)
    return xs.map(fmt).joined() + " total " + fmt(total)
}
print(makeReport([1, 2.5]))
