// prefix, prefix(while:) and first(where:) of an endless sequence of the note ask only for the elements they need; prefix(n) is a PrefixSequence.
// An endless sequence of gradient-descent iterates, left with break; a finite one used as an array.
struct Iterates: Sequence, IteratorProtocol {
    var x: Double
    let rate: Double
    mutating func next() -> Double? {
        x -= rate * 2 * x
        return x
    }
}
let it = Iterates(x: 1, rate: 0.25)
print(Array(it.prefix(3)), it.prefix(while: { $0 > 0.1 }), it.first(where: { $0 < 0.01 }) ?? -1)
for x in it.prefix(2) { print(x) }
print(it.prefix(3).reduce(0, +))
print(it.prefix(3)); print(type(of: it.prefix(2)))
// expect: [0.5, 0.25, 0.125] [0.5, 0.25, 0.125] 0.0078125
// expect: 0.5
// expect: 0.25
// expect: 0.875
// expect: PrefixSequence<Iterates>(_base: main.Iterates(x: 1.0, rate: 0.25), _maxLength: 3)
// expect: PrefixSequence<Iterates>
