struct Grid<T> { var cells: [T]; let w: Int
  init(w: Int, h: Int, fill: T) { self.w = w; cells = Array(repeating: fill, count: w * h) }
  subscript(x: Int, y: Int) -> T { get { cells[y * w + x] } set { cells[y * w + x] = newValue } }
}
var g = Grid(w: 2, h: 2, fill: 0)
g[1, 1] = 5
var gd = Grid<Double>(w: 1, h: 1, fill: 1)
gd[0, 0] += 1
print(g.cells, gd.cells)
