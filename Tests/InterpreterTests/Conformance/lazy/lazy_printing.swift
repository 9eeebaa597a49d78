// A lazy sequence has the type Swift gives it, step by step, and prints as Swift prints it.
let x = [3, 1, 2]
print(x.lazy)
print(x.lazy.filter { $0 > 1 })
print(x.lazy.map { $0 * 2 })
print(x.lazy.filter { $0 > 1 }.filter { $0 < 3 })
print(x.lazy.map { $0 * 2 }.map { $0 + 1 })
print(x.lazy.filter { $0 > 1 }.map { Double($0) })
print(x.lazy.map { $0 * 2 }.filter { $0 > 1 })
print(x.lazy.compactMap { $0 > 1 ? $0 : nil })
print((1...3).lazy.map { $0 })
print([x.lazy.map { $0 }])
print(type(of: x.lazy.filter { $0 > 1 }.map { Double($0) }))
// expect: LazySequence<Array<Int>>(_base: [3, 1, 2])
// expect: LazyFilterSequence<Array<Int>>(_base: [3, 1, 2], _predicate: (Function))
// expect: LazyMapSequence<Array<Int>, Int>(_base: [3, 1, 2], _transform: (Function))
// expect: LazyFilterSequence<Array<Int>>(_base: [3, 1, 2], _predicate: (Function))
// expect: LazyMapSequence<Array<Int>, Int>(_base: [3, 1, 2], _transform: (Function))
// expect: LazyMapSequence<LazyFilterSequence<Array<Int>>, Double>(_base: Swift.LazyFilterSequence<Swift.Array<Swift.Int>>(_base: [3, 1, 2], _predicate: (Function)), _transform: (Function))
// expect: LazyFilterSequence<LazyMapSequence<Array<Int>, Int>>(_base: Swift.LazyMapSequence<Swift.Array<Swift.Int>, Swift.Int>(_base: [3, 1, 2], _transform: (Function)), _predicate: (Function))
// expect: LazyMapSequence<LazyFilterSequence<LazyMapSequence<Array<Int>, Optional<Int>>>, Int>(_base: Swift.LazyFilterSequence<Swift.LazyMapSequence<Swift.Array<Swift.Int>, Swift.Optional<Swift.Int>>>(_base: Swift.LazyMapSequence<Swift.Array<Swift.Int>, Swift.Optional<Swift.Int>>(_base: [3, 1, 2], _transform: (Function)), _predicate: (Function)), _transform: (Function))
// expect: LazyMapSequence<ClosedRange<Int>, Int>(_base: ClosedRange(1...3), _transform: (Function))
// expect: [Swift.LazyMapSequence<Swift.Array<Swift.Int>, Swift.Int>(_base: [3, 1, 2], _transform: (Function))]
// expect: LazyMapSequence<LazyFilterSequence<Array<Int>>, Double>
