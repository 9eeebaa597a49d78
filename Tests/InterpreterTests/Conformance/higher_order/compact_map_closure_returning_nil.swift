// A compactMap transform of several statements that returns a value or nil: its result is optional.
import Foundation
let xs = [1, -2, 3]
print(xs.compactMap { x in if x > 0 { return x * 10 } else { return nil } })
let words = ["1", "a", "3"]
let doubled = words.compactMap({ s in
    if let n = Int(s) { return n * 2 }
    return nil
})
print(doubled)
let values: [Double] = [0.1, -1, 0.5]
let rates = values.compactMap { r -> String? in
    guard r > 0 else { return nil }
    return String(format: "%.2f", r)
}
print(rates)
// expect: [10, 30]
// expect: [2, 6]
// expect: ["0.10", "0.50"]
