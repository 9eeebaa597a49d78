struct Grid: Sequence {
    let values: [Double]
    func makeIterator() -> AnyIterator<Double> { AnyIterator(values.makeIterator()) }
}
for v in Grid(values: [0.1, 0.01]) { print(v) }
let g = Grid(values: [1, 2, 3])
print(g.map { $0 * 2 }, Array(g), g.reduce(0, +))
var it: IndexingIterator<Array<Int>> = [4, 5].makeIterator()
print(it.next()!, it)
// expect: 0.1
// expect: 0.01
// expect: [2.0, 4.0, 6.0] [1.0, 2.0, 3.0] 6.0
// expect: 4 IndexingIterator<Array<Int>>(_elements: [4, 5], _position: 1)
