struct Grid: Sequence {
    let values: [Double]
    func makeIterator() -> IndexingIterator<[Double]> { values.makeIterator() }
}
for v in Grid(values: [0.1, 0.01]) { print(v) }
// expect error: 1:8 not supported in experiment blocks: a sequence whose 'makeIterator()' gives 'IndexingIterator<Array<Double>>'; return 'AnyIterator(…)' of it, or an iterator of the note
