class Grid {
    var cells: [Double]
    let width: Int
    init(width: Int, height: Int) {
        self.width = width
        cells = Array(repeating: 0, count: width * height)
    }
    subscript(row: Int, col: Int) -> Double {
        get { cells[row * width + col] }
        set { cells[row * width + col] = newValue }
    }
}
var g = Grid(width: 3, height: 2)
g[1, 2] = 5
g[0, 0] = 1
print(g[1, 2] + g[0, 0], g.cells)
// expect: 6.0 [1.0, 0.0, 0.0, 0.0, 0.0, 5.0]
