// An endless sequence of gradient-descent iterates, left with break; a finite one used as an array.
struct Iterates: Sequence, IteratorProtocol {
    var x: Double
    let rate: Double
    mutating func next() -> Double? {
        x -= rate * 2 * x
        return x
    }
}
var steps = 0
for x in Iterates(x: 1, rate: 0.25) {
    steps += 1
    if abs(x) < 1e-3 { print("converged after", steps, "steps at", x); break }
}
struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> Counter { Counter(n: start) }
}
struct Counter: IteratorProtocol {
    var n: Int
    mutating func next() -> Int? {
        guard n > 0 else { return nil }
        defer { n -= 1 }
        return n
    }
}
let c = Countdown(start: 4)
print(Array(c), c.map { $0 * 10 }, c.reduce(0, +), c.filter { $0 % 2 == 0 }, c.contains(3))
for (i, n) in c.enumerated() where i < 2 { print(i, n) }
var total = 0
for n in c { total += n }
print(total, c.sorted(), c.min() ?? -1)
// prefix, prefix(while:) and first(where:) of an endless sequence ask only for the elements they need; prefix(n) is a PrefixSequence.
let it = Iterates(x: 1, rate: 0.25)
print(Array(it.prefix(3)), it.prefix(while: { $0 > 0.1 }), it.first(where: { $0 < 0.01 }) ?? -1)
for x in it.prefix(2) { print(x) }
print(it.prefix(3).reduce(0, +))
print(it.prefix(3)); print(type(of: it.prefix(2)))
// expect: converged after 10 steps at 0.0009765625
// expect: [4, 3, 2, 1] [40, 30, 20, 10] 10 [4, 2] true
// expect: 0 4
// expect: 1 3
// expect: 10 [1, 2, 3, 4] 1
// expect: [0.5, 0.25, 0.125] [0.5, 0.25, 0.125] 0.0078125
// expect: 0.5
// expect: 0.25
// expect: 0.875
// expect: PrefixSequence<Iterates>(_base: main.Iterates(x: 1.0, rate: 0.25), _maxLength: 3)
// expect: PrefixSequence<Iterates>
