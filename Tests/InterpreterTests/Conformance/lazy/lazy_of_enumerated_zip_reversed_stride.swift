let xs = [0.5, 0.25, 0.125]
let worst = xs.enumerated().lazy.map { abs($0.element - 1 / Double(1 << ($0.offset + 1))) }.max()
print(worst!)
let z = zip(xs, [1.0, 2.0, 3.0]).lazy.filter { $0.1 > 1 }.map { $0.0 * $0.1 }
print(Array(z), z.reduce(0, +))
print(xs.reversed().lazy.map { $0 * 2 }.first!)
print(stride(from: 0, to: 10, by: 3).lazy.map { $0 * $0 }.reduce(0, +))
print(type(of: xs.enumerated().lazy))
// expect: 0.0
// expect: [0.5, 0.375] 0.875
// expect: 0.25
// expect: 126
// expect: LazySequence<EnumeratedSequence<Array<Double>>>
