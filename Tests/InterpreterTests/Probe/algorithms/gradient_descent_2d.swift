func f(_ p: [Double]) -> Double { (p[0] - 1) * (p[0] - 1) + 10 * (p[1] + 2) * (p[1] + 2) }
func grad(_ p: [Double]) -> [Double] { [2 * (p[0] - 1), 20 * (p[1] + 2)] }
var p = [0.0, 0.0]
let lr = 0.04
for _ in 0..<200 {
    let g = grad(p)
    p = zip(p, g).map { $0 - lr * $1 }
}
import Foundation
print(String(format: "%.6f %.6f %.3e", p[0], p[1], f(p)))
