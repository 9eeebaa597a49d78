// An optional chain `?? literal` where the wrapped type takes the literal is of that type, also printed.
let y: [Double]? = nil
print(y?.first ?? -1)
let d: [String: [Double]] = [:]
print(d["a"]?.max() ?? 0)
let a: [Double]? = [1.5]
print((a?.first ?? 0) * 2)
let f: [Float]? = nil
print(f?.last ?? 2)
let c: [Int]? = nil
print(c?.first ?? 0.5, c?.first ?? 3)
// expect: -1.0
// expect: 0.0
// expect: 3.0
// expect: 2.0
// expect: 0.5 3
