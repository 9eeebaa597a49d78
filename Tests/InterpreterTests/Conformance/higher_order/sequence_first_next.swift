// sequence(first:next:): Swift's UnfoldSequence, asked for each element when needed (so endless ones work), printed as Swift prints it.
let s = sequence(first: 1.0) { $0 < 10 ? $0 * 2 : nil }
print(s)
print(type(of: s))
print(Array(s), Array(s.prefix(2)))
for x in sequence(first: 1, next: { $0 + 1 }) { if x > 3 { break }; print(x) }
// Iterates of x ← x/2 + 1/x (Newton for √2) until they stop changing.
let newton = sequence(first: 1.0) { (x: Double) -> Double? in
    let next = x / 2 + 1 / x
    return abs(next - x) < 1e-12 ? nil : next
}
print(Array(newton).count, newton.prefix(while: { $0 < 1.5 }), newton.first(where: { abs($0 * $0 - 2) < 1e-6 }) ?? 0)
let powers = sequence(first: 1) { $0 * 3 }
print(Array(powers.prefix(5)), powers.first(where: { $0 > 100 }) ?? 0)
var calls = 0
let counted = sequence(first: 0) { calls += 1; return $0 + 1 }
for _ in counted.prefix(4) {}
print(calls)
// expect: UnfoldSequence<Double, (Optional<Double>, Bool)>(_state: (Optional(1.0), true), _next: (Function), _done: false)
// expect: UnfoldSequence<Double, (Optional<Double>, Bool)>
// expect: [1.0, 2.0, 4.0, 8.0, 16.0] [1.0, 2.0]
// expect: 1
// expect: 2
// expect: 3
// expect: 6 [1.0] 1.4142135623746899
// expect: [1, 3, 9, 27, 81] 243
// expect: 3
