var d = ["k": 1.5]
d["k"] = nil
print(d.isEmpty)
var e = ["a": 1]
let old = e.removeValue(forKey: "a")
print(old, e.count)
// expect: true
// expect: Optional(1) 0
