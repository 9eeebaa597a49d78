let p: (String, Int?) = ("x", 5)
if let v = p.1 { print("some", v) } else { print("none") }
print(p)
var t: (a: Int, b: Double?) = (1, nil)
print(t)
t = (2, 3)
print(t, t.b ?? -1)
var xs: [(String, Int?)] = []
xs.append(("y", 7))
xs.append(("z", nil))
print(xs, xs.map { $0.1 ?? 0 })
func f(_ a: Int) -> (Int, Int?) { return (a, a + 1) }
print(f(3), f(3).1!)
let m = [1, 2].map { x -> (Int, Int?) in (x, x * 10) }
print(m)
let d: [String: (Int, Double?)] = ["k": (1, 2.5)]
print(d["k"]!.1 as Any)
let n: (Int, Int??) = (1, 2)
print(n)
if case (let a, let b?) = p { print(a, b) }
let q = ("w", 9)
let r: (String, Int?) = q
print(r)
// expect: some 5
// expect: ("x", Optional(5))
// expect: (a: 1, b: nil)
// expect: (a: 2, b: Optional(3.0)) 3.0
// expect: [("y", Optional(7)), ("z", nil)] [7, 0]
// expect: (3, Optional(4)) 4
// expect: [(1, Optional(10)), (2, Optional(20))]
// expect: Optional(2.5)
// expect: (1, Optional(Optional(2)))
// expect: x 5
// expect: ("w", Optional(9))
