struct Grid {
    var cols: Int
    var cells: [Double]
    subscript(r: Int, c: Int) -> Double {
        get { cells[r * cols + c] }
        set { cells[r * cols + c] = newValue }
    }
}
struct Polynomial {
    var coefficients: [Double]
    subscript(power k: Int) -> Double { k < coefficients.count ? coefficients[k] : 0 }
}
var g = Grid(cols: 2, cells: [0, 0, 0, 0])
g[1, 0] = 5
g[1, 0] += 1
g[0, 1] = g[1, 0] * 2
print(g[1, 0], g.cells)
let p = Polynomial(coefficients: [1, 2])
print(p[power: 1], p[power: 5])
// expect: 6.0 [0.0, 12.0, 6.0, 0.0]
// expect: 2.0 0.0
