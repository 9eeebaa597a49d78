// Result's mapError, flatMapError and == where its types are Equatable.
enum SolverError: Error, Equatable { case nonFinite, notConverged(iterations: Int) }
struct Wrapped: Error { let inner: SolverError }
let r: Result<Double, SolverError> = .failure(.nonFinite)
print(r.mapError { _ in SolverError.notConverged(iterations: 200) })
print(r.flatMapError { _ in Result<Double, SolverError>.success(0) })
print(r.mapError { Wrapped(inner: $0) })
print(r == .failure(.nonFinite), r != .success(1), Result<Double, SolverError>.success(2) == .success(2))
let ok: Result<Int, SolverError> = .success(3)
print(ok.mapError { _ in Wrapped(inner: .nonFinite) }, ok.map { $0 * 2 } == .success(6))
// expect: failure(main.SolverError.notConverged(iterations: 200))
// expect: success(0.0)
// expect: failure(main.Wrapped(inner: main.SolverError.nonFinite))
// expect: true true true
// expect: success(3) true
