let y: Int? = nil
let z: Int?? = y
print(z as Any, z == nil)
let x: Double?? = 2.5
print(x as Any)
let w: Int?? = nil
print(w as Any, w == nil)
if let inner = z { print("outer has", inner as Any) }
func find(_ d: [String: Int?], _ k: String) -> Int?? { d[k] }
print(find(["a": nil, "b": 1], "a") as Any, find(["a": nil], "c") as Any)
let flat = z ?? nil
print(flat as Any)
let opts: [Int?] = [1, nil]
print(opts.first as Any)
// expect: Optional(nil) false
// expect: Optional(Optional(2.5))
// expect: nil true
// expect: outer has nil
// expect: Optional(nil) nil
// expect: nil
// expect: Optional(Optional(1))
