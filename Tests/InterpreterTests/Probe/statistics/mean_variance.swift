import Foundation
let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
let mean = xs.reduce(0, +) / Double(xs.count)
let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count)
print(mean, variance, sqrt(variance))
let sample = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count - 1)
print(String(format: "%.6f", sample))
