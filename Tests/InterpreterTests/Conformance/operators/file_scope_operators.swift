struct Vec { var x, y: Double }
func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
func + (a: [Double], b: [Double]) -> [Double] { zip(a, b).map(+) }
let v = Vec(x: 1, y: 2) + 3 * Vec(x: 0.5, y: -1)
let w = [1.0, 2.0] + [0.5, 0.25]
print(v.x, v.y, w, 1 + 2, ["a"] + ["b"])
// expect: 2.5 -1.0 [1.5, 2.25] 3 ["a", "b"]
