let t: [Double] = { return [1, 2, 3] }()
let w: Double = { 1 }()
print(t, w)
struct Table { static let rates: [Double] = { [0.5, 0.25] }() }
print(Table.rates)
var lookup: [String: Double] = { var d: [String: Double] = [:]; d["a"] = 1; return d }()
let o: Double? = { 2 }()
let grid: [[Double]] = { (0..<2).map { i in [Double(i), 1] } }()
print(lookup, o as Any, grid, { 3 }())
// expect: [1.0, 2.0, 3.0] 1.0
// expect: [0.5, 0.25]
// expect: ["a": 1.0] Optional(2.0) [[0.0, 1.0], [1.0, 1.0]] 3
