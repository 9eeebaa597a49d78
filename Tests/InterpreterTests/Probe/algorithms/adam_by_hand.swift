import Foundation
var theta = [2.0, -3.0]
var m = [0.0, 0.0], v = [0.0, 0.0]
let lr = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8
for t in 1...300 {
    let g = theta.map { 2 * $0 }
    for i in 0..<2 {
        m[i] = b1 * m[i] + (1 - b1) * g[i]
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
        let mHat = m[i] / (1 - pow(b1, Double(t)))
        let vHat = v[i] / (1 - pow(b2, Double(t)))
        theta[i] -= lr * mHat / (vHat.squareRoot() + eps)
    }
}
print(theta.map { String(format: "%.5f", $0) })
