import Foundation
let vals: [Double] = [1, 2.5, 3]
print(vals, vals.map { $0 * 2 }, vals.reduce(0, +) / Double(vals.count))
let fl: [Float] = [1, 2.5, 0.1]
print(fl, fl.map { $0 * 3 })
let mixed = [1.0, 2, 3]
print(mixed, type(of: mixed))
print([0.1, 0.2].reduce(0, +), [Float(0.1), 0.2].reduce(0, +))
