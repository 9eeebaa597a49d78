extension Array where Element == Double {
    static func + (a: [Double], b: [Double]) -> [Double] { zip(a, b).map { $0 + $1 } }
    static func * (k: Double, v: [Double]) -> [Double] { v.map { k * $0 } }
}
let p: [Double] = [1, 2]
print([1.0] + [2.0], p + p, 2 * p)
print([1, 2] + [3], ["a"] + ["b"])
// expect: [3.0] [2.0, 4.0] [2.0, 4.0]
// expect: [1, 2, 3] ["a", "b"]
