import Foundation
struct LineSearchResult { let alpha: Double; let evaluations: Int }
enum LineSearchError: Error, CustomStringConvertible {
    case notDescent(slope: Double), tooManySteps(Int)
    var description: String {
        switch self {
        case let .notDescent(slope): return "not a descent direction (slope \(slope))"
        case let .tooManySteps(n): return "no acceptable step after \(n) halvings"
        }
    }
}
func backtrack(f: ([Double]) -> Double, x: [Double], d: [Double], g: [Double],
               c: Double = 1e-4, rho: Double = 0.5, maxSteps: Int = 30) throws -> LineSearchResult {
    let slope = zip(g, d).reduce(0) { $0 + $1.0 * $1.1 }
    guard slope < 0 else { throw LineSearchError.notDescent(slope: slope) }
    var alpha = 1.0
    let f0 = f(x)
    for k in 1...maxSteps {
        let trial = zip(x, d).map { $0 + alpha * $1 }
        if f(trial) <= f0 + c * alpha * slope { return LineSearchResult(alpha: alpha, evaluations: k) }
        alpha *= rho
    }
    throw LineSearchError.tooManySteps(maxSteps)
}
let rosen: ([Double]) -> Double = { p in pow(1 - p[0], 2) + 100 * pow(p[1] - p[0] * p[0], 2) }
func rosenGrad(_ p: [Double]) -> [Double] {
    [-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0]), 200 * (p[1] - p[0] * p[0])]
}
var x = [-1.2, 1.0]
var log: [(iter: Int, f: Double, alpha: Double)] = []
for iter in 0..<200 {
    let g = rosenGrad(x)
    let d = g.map { -$0 }
    do {
        let r = try backtrack(f: rosen, x: x, d: d, g: g)
        x = zip(x, d).map { $0 + r.alpha * $1 }
        if iter % 50 == 0 { log.append((iter, rosen(x), r.alpha)) }
    } catch let e as LineSearchError {
        print("stopped:", e)
        break
    } catch {
        print("unexpected", error)
    }
}
for entry in log { print(String(format: "%4d  %.6e  %.3e", entry.iter, entry.f, entry.alpha)) }
do { _ = try backtrack(f: rosen, x: x, d: rosenGrad(x), g: rosenGrad(x)) } catch { print(error) }
let result = Result { try backtrack(f: rosen, x: [0, 0], d: [1, 0], g: [-2, 0]) }
switch result {
case .success(let r): print("alpha", r.alpha, "after", r.evaluations)
case .failure(let e): print("failed", e)
}
// expect:    0  5.101113e+00  9.766e-04
// expect:   50  4.814227e-03  1.953e-03
// expect:  100  4.317874e-03  1.953e-03
// expect:  150  3.887399e-03  3.906e-03
// expect: not a descent direction (slope 0.00778088204684407)
// expect: alpha 0.25 after 3
