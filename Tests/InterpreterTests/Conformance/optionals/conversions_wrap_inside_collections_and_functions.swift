import Foundation
let xs = [1, 2]
let ys: [Int?] = xs
print(ys, ys[0] ?? -1)
let d = ["a": 1]
let e: [String: Int?] = d
print(e, (e["a"] ?? nil) ?? -1)
func half(_ x: Double) -> Double { x / 2 }
let f: (Double) -> Double? = half
if let v = f(4) { print("v", v) } else { print("nil") }
let ds: [Double?] = [1.0, 4.0].map { sqrt($0) }
print(ds, ds.compactMap { $0 })
func find(_ xs: [Double], _ t: Double) -> (index: Int?, value: Double) {
    for (i, x) in xs.enumerated() where x > t { return (i, x) }
    return (nil, .nan)
}
let r = find([0.5, 2.5], 1)
print(r, r.index.map { "at \($0)" } ?? "not found")
let nested: [[Int?]] = [[1], [2, 3]] as [[Int]]
print(nested)
var maybe: [Int]? = [4]
let widened: [Int?]? = maybe
print(widened as Any)
maybe = nil
print(maybe as Any)
// expect: [Optional(1), Optional(2)] 1
// expect: ["a": Optional(1)] 1
// expect: v 2.0
// expect: [Optional(1.0), Optional(2.0)] [1.0, 2.0]
// expect: (index: Optional(1), value: 2.5) at 1
// expect: [[Optional(1)], [Optional(2), Optional(3)]]
// expect: Optional([Optional(4)])
// expect: nil
