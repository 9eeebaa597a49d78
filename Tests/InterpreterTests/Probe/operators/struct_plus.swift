struct Vec { var x, y: Double }
func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
let v = Vec(x: 1, y: 2) + 3 * Vec(x: 0.5, y: -1)
print(v.x, v.y)
