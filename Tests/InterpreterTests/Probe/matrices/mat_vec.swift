func matVec(_ a: [[Double]], _ x: [Double]) -> [Double] {
    a.map { row in zip(row, x).map(*).reduce(0, +) }
}
let A: [[Double]] = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(matVec(A, [1, 2, 3]))
