protocol Source {
    associatedtype Value
    func next() -> Value
}
struct Constant: Source {
    typealias Value = Double
    var v: Value
    func next() -> Value { v }
}
struct Counter: Source {
    var start: Int
    func next() -> Int { start + 1 }
}
func twice<S: Source>(_ s: S) -> [S.Value] { [s.next(), s.next()] }
print(twice(Constant(v: 1.5)), twice(Counter(start: 4)))
// interpreter-only
// expect: [1.5, 1.5] [5, 5]
