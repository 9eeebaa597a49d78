enum Failure: Error { case diverged(step: Int) }
let outcomes: [Result<Int, Failure>] = [.success(3), .failure(.diverged(step: 7))]
for o in outcomes {
    if case .success(let n) = o { print("ok", n) }
    if case .failure(.diverged(let step)) = o { print("diverged at", step) }
}
// expect: ok 3
// expect: diverged at 7
