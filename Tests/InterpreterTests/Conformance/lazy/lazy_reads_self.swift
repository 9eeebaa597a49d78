class Grid {
    var n: Int
    lazy var cells: [Int] = Array(repeating: 0, count: self.n * self.n)
    init(n: Int) { self.n = n }
}
let g = Grid(n: 2)
g.n = 3
print(g.cells.count)
g.n = 5
print(g.cells.count)
// expect: 9
// expect: 9
