func safeSqrt(_ x: Double) -> String {
    guard x >= 0 else { return "undefined" }
    guard x != 0 else { return "zero" }
    return "\(x.squareRoot())"
}
print(safeSqrt(-1), safeSqrt(0), safeSqrt(16))
