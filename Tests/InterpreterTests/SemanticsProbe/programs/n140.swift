import Foundation
let f: Float = 0.1
let d: Double = 0.1
print(Double(f), Float(d) == f, f * 10, d * 10, Float(1) / 10)
let fs: [Float] = [0.1, 0.2, 0.3]
print(fs.reduce(0, +), fs.map { $0 * $0 }, fs.map { Double($0) })
print(Float(2).squareRoot(), Float.pi * 2, Float(1e38) * 10, Float.greatestFiniteMagnitude)
