import Foundation
let xs = [10.0, 12.0, 23.0, 23.0, 16.0, 23.0, 21.0, 16.0]
let mean = xs.reduce(0, +) / Double(xs.count)
let sd = sqrt(xs.map { pow($0 - mean, 2) }.reduce(0, +) / Double(xs.count))
print(mean, sd)
print(xs.map { String(format: "%.2f", ($0 - mean) / sd) }.joined(separator: " "))
