func reciprocal(_ x: Double?) -> Double? {
    guard let x, x != 0 else { return nil }
    return 1 / x
}
print(reciprocal(4) ?? .nan)
print(reciprocal(0) == nil)
print(reciprocal(nil) == nil)
