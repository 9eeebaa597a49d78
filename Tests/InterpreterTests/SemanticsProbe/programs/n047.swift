import Foundation
let d1 = 0.1 * 3, d2 = 1.1 * 1.1, d3 = 1e308 * 10, d4 = 0.0 / 0.0
print(d1, d2, d3, d4, d4 == d4, -0.0 == 0.0)
print(100.0 * 1.1, 3 * 0.1, 1.0 - 0.9, 2.675 * 100)
print(Double(Int64.max), Double(1 << 53 + 1), Int(1e18), 9007199254740993.0)
print(Float(1) / Float(3) * 3, Float(0.1) * 3, Double(Float(0.1)))
