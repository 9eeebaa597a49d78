import Foundation
let f = { (x: Double) in sin(x) }
let x0 = 1.0
for k in 1...5 {
    let h = pow(10.0, -Double(k))
    let d = (f(x0 + h) - f(x0)) / h
    print(k, String(format: "%.3e", abs(d - cos(x0))))
}
