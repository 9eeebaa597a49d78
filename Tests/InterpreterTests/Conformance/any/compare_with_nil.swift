// An optional compares with `nil` whatever its wrapped type, `Any` and functions included.
let d: [String: Any] = ["a": 1]
print(d["a"] == nil, d["b"] == nil, nil != d["a"])
let f: (() -> Int)? = nil
print(f == nil, f != nil)
// expect: false true true
// expect: true false
