struct Grid {
    var cols: Int
    var cells: [Double]
    subscript(r: Int, c: Int) -> Double {
        get { cells[r * cols + c] }
        set { cells[r * cols + c] = newValue }
    }
}
var g = Grid(cols: 3, cells: Array(repeating: 0, count: 6))
g[1, 2] = 5
g[0, 0] = 1
print(g.cells)
print(g[1, 2])
