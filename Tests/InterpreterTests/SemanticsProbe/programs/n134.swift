import Foundation
let cnt = 3
let total = 10
let pct = Double(total) / Double(cnt) * 100
print(pct, (pct * 100).rounded() / 100, String(format: "%.1f%%", pct))
print(Double(total / cnt), Double(total) / 3, total / cnt * 100)
let mean = [1.0, 2.0, 4.0].reduce(0, +) / 3
print(mean, 7.0 / 3.0 * 3.0 == 7.0)
