// Views of lazy sequences, and their elements.
let x = [3, 1, 2]
print(x.lazy.map { $0 * 2 }.reversed())
print(x.lazy.reversed())
print(x.lazy.filter { $0 > 1 }.reversed())
print(x.lazy.enumerated())
print(zip(x.lazy.map { $0 + 1 }, x))
print(x.lazy.filter { $0 > 1 }.count, x.lazy.map { $0 * 3 }.first!, Array(x.lazy.filter { $0 > 1 }), x.lazy.map { $0 }.contains(2))
print(type(of: x.lazy), type(of: x.lazy.map { $0 > 1 }), type(of: (0..<3).lazy.compactMap { $0 > 0 ? $0 : nil }))
print(x.lazy.map { $0 * 2 }.sorted(), x.lazy.filter { $0 > 1 }.map { $0 * 10 }.reduce(0, +))
// expect: ReversedCollection<LazyMapSequence<Array<Int>, Int>>(_base: Swift.LazyMapSequence<Swift.Array<Swift.Int>, Swift.Int>(_base: [3, 1, 2], _transform: (Function)))
// expect: ReversedCollection<LazySequence<Array<Int>>>(_base: Swift.LazySequence<Swift.Array<Swift.Int>>(_base: [3, 1, 2]))
// expect: ReversedCollection<LazyFilterSequence<Array<Int>>>(_base: Swift.LazyFilterSequence<Swift.Array<Swift.Int>>(_base: [3, 1, 2], _predicate: (Function)))
// expect: EnumeratedSequence<LazySequence<Array<Int>>>(_base: Swift.LazySequence<Swift.Array<Swift.Int>>(_base: [3, 1, 2]))
// expect: Zip2Sequence<LazyMapSequence<Array<Int>, Int>, Array<Int>>(_sequence1: Swift.LazyMapSequence<Swift.Array<Swift.Int>, Swift.Int>(_base: [3, 1, 2], _transform: (Function)), _sequence2: [3, 1, 2])
// expect: 2 9 [3, 2] true
// expect: LazySequence<Array<Int>> LazyMapSequence<Array<Int>, Bool> LazyMapSequence<LazyFilterSequence<LazyMapSequence<Range<Int>, Optional<Int>>>, Int>
// expect: [2, 4, 6] 50
