class Cell {
    var alive = false
}
let cells = [Cell(), Cell(), Cell()]
cells[1].alive = true
let copy = cells
copy[2].alive = true
print(cells.map { $0.alive })
// expect: [false, true, true]
