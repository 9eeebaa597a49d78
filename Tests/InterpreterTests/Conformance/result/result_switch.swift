enum MathError: Error { case negative }
func root(_ x: Double) -> Result<Double, MathError> {
    x < 0 ? .failure(.negative) : .success(x.squareRoot())
}
for x in [16.0, -1.0] {
    switch root(x) {
    case .success(let v): print("root", v)
    case .failure(let e): print("error", e)
    }
}
// expect: root 4.0
// expect: error negative
