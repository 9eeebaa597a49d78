import Foundation
let xs = [1.0, 2.0, 4.0, 8.0]
let geometric = pow(xs.reduce(1, *), 1 / Double(xs.count))
let harmonic = Double(xs.count) / xs.map { 1 / $0 }.reduce(0, +)
print(geometric, harmonic)
