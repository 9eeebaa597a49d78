enum MathError: Error {
    case negative
    case zero
}
func checkedSqrt(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negative }
    return x.squareRoot()
}
do {
    print(try checkedSqrt(9))
    print(try checkedSqrt(-1))
    print("unreachable")
} catch {
    print("error:", error)
}
