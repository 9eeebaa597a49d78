struct Cell: Hashable {
    var r: Int
    var c: Int
}
var visited: Set<Cell> = []
visited.insert(Cell(r: 0, c: 0))
visited.insert(Cell(r: 0, c: 1))
visited.insert(Cell(r: 0, c: 0))
print(visited.count)
print(visited.contains(Cell(r: 0, c: 1)))
