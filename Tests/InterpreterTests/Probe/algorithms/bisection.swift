func bisect(_ f: (Double) -> Double, _ a: Double, _ b: Double, tol: Double = 1e-10) -> Double? {
    var (lo, hi) = (a, b)
    guard f(lo) * f(hi) < 0 else { return nil }
    while hi - lo > tol {
        let mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0 { hi = mid } else { lo = mid }
    }
    return (lo + hi) / 2
}
import Foundation
if let r = bisect({ cos($0) - $0 }, 0, 1) { print(String(format: "%.8f", r)) }
print(bisect({ $0 * $0 + 1 }, -1, 1) == nil)
