enum MathError: Error { case negative }
func root(_ x: Double) -> Result<Double, MathError> {
    if x < 0 { return .failure(.negative) }
    return .success(x.squareRoot())
}
do { print(try root(9).get()) } catch { print("unexpected") }
do {
    _ = try root(-4).get()
} catch {
    print("caught", error)
}
// expect: 3.0
// expect: caught negative
