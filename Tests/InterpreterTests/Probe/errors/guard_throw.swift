enum InputError: Error { case empty }
func average(_ xs: [Double]) throws -> Double {
    guard !xs.isEmpty else { throw InputError.empty }
    return xs.reduce(0, +) / Double(xs.count)
}
do {
    print(try average([1, 2, 3, 4]))
    print(try average([]))
} catch InputError.empty {
    print("empty input")
}
