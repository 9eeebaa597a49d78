func + (a: [Double], b: [Double]) -> [Double] { zip(a, b).map(+) }
func * (k: Double, a: [Double]) -> [Double] { a.map { k * $0 } }
let x = [1.0, 2.0]
let g = [0.5, -0.5]
print(x + (-0.1) * g)
