// Lazy sequences of strings, arrays and ranges print as Swift prints them.
let words = ["alpha", "beta", "gamma"]
print(words.lazy.filter { $0.hasPrefix("a") }, words.lazy.map { $0.count })
print(words.lazy.map { $0.uppercased() }.first!, Array(words.lazy.filter { $0.count > 4 }.map { $0.count }))
let grid = [[1.0, 2.0], [3.0]]
print(grid.lazy.map { $0.count }, grid.lazy.filter { $0.count > 1 })
let r = stride(from: 0, to: 6, by: 2)
print(Array(r), (0..<4).lazy.filter { $0 % 2 == 0 }.map { Double($0) / 2 })
// expect: LazyFilterSequence<Array<String>>(_base: ["alpha", "beta", "gamma"], _predicate: (Function)) LazyMapSequence<Array<String>, Int>(_base: ["alpha", "beta", "gamma"], _transform: (Function))
// expect: ALPHA [5, 5]
// expect: LazyMapSequence<Array<Array<Double>>, Int>(_base: [[1.0, 2.0], [3.0]], _transform: (Function)) LazyFilterSequence<Array<Array<Double>>>(_base: [[1.0, 2.0], [3.0]], _predicate: (Function))
// expect: [0, 2, 4] LazyMapSequence<LazyFilterSequence<Range<Int>>, Double>(_base: Swift.LazyFilterSequence<Swift.Range<Swift.Int>>(_base: Range(0..<4), _predicate: (Function)), _transform: (Function))
