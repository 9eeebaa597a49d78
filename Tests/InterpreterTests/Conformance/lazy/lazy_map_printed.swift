let xs = [1, 2, 3]
print(xs.lazy.map { $0 * 2 })
// expect: LazyMapSequence<Array<Int>, Int>(_base: [1, 2, 3], _transform: (Function))
