struct Diverged: Error { var step: Int }
func run(_ steps: Int) -> Result<Double, Error> {
    steps > 10 ? .failure(Diverged(step: steps)) : .success(Double(steps) / 2)
}
for n in [4, 20] {
    switch run(n) {
    case .success(let x): print("converged", x)
    case .failure(let e as Diverged): print("diverged at", e.step)
    case .failure: print("other")
    }
}
// expect: converged 2.0
// expect: diverged at 20
