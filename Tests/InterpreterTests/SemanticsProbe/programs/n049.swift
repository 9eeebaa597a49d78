import Foundation
let n = 17
print(Double(n) / 3, Double(n / 3), n / 3 * 3, Float(n) / 3)
print(Int(Double(n) * 0.1), Int(17.0 * 0.1 * 10), (Double(n) * 0.1).rounded())
print(Int(-0.9), Int(Float(2.9999999)), Int(1e10), UInt8(200) / 3)
let avg = Double([1, 2, 3, 4].reduce(0, +)) / Double(4)
print(avg, String(format: "%.3f", avg))
