// `reduce`'s initial value takes its type from the elements and the closure: `.zero` of a type of
// the note, and `reduce(into: 0)` of a closure summing `Double`s.
struct V: AdditiveArithmetic {
    var x: Double
    static var zero: V { V(x: 0) }
    static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
    static func - (a: V, b: V) -> V { V(x: a.x - b.x) }
}
print([V(x: 1), V(x: 3)].reduce(.zero, +).x)
let xs = [0.1, 0.2, 0.3]
let total = xs.reduce(into: 0) { $0 += $1 }
let count = xs.reduce(into: 0) { n, _ in n += 1 }
print(total, count)
// expect: 4.0
// expect: 0.6000000000000001 3
