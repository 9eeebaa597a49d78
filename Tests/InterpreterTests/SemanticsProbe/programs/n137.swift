import Foundation
let vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005]
print(vals.map { $0.rounded() })
print(vals.map { ($0 * 100).rounded() / 100 })
print(vals.map { String(format: "%.2f", $0) })
print(vals.map { String(format: "%.0f", $0) })
print(vals.map { Int($0) }, vals.map { round($0) })
