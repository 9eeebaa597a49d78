struct Scaler {
    func apply(_ x: Int) -> Int { x * 2 }
    func apply(_ x: Double) -> Double { x * 3 }
}
print(Scaler().apply(1), Scaler().apply(1.5))
struct S {
    var base = 10.0
    func f<T>(_ x: T) -> String { "generic \(x)" }
    func f(_ x: Int) -> String { "int \(x)" }
    func scaled(by k: Double) -> Double { base * k }
    func scaled(to n: Double) -> Double { n }
    func add(_ k: Int) -> Double { base + Double(k) }
    func add(_ k: S) -> Double { base + k.base }
    func add(_ k: Double?) -> Double { base + (k ?? -1) }
    func inside() -> String { "\(f(1)) \(f(2.5)) \(add(3)) \(scaled(to: 4))" }
    mutating func bump(_ by: Int) { base += Double(by) }
    mutating func bump(_ by: Double) { base += by * 100 }
}
var s = S()
print(s.f(1), s.f("a"), s.scaled(by: 2), s.scaled(to: 5), s.add(1), s.add(S()), s.add(nil), s.add(2.5))
print(s.inside())
s.bump(1); s.bump(0.5)
print(s.base)
extension Array where Element == Double {
    func total() -> Double { reduce(0, +) }
    func total(scaledBy k: Double) -> Double { total() * k }
}
print([1.0, 2].total(), [1.0, 2].total(scaledBy: 3))
class Counter {
    var n = 0
    func add(_ k: Int) { n += k }
    func add(_ ks: [Int]) { for k in ks { add(k) } }
}
let c = Counter(); c.add(2); c.add([3, 4])
print(c.n)
// expect: 2 4.5
// expect: int 1 generic a 20.0 5.0 11.0 20.0 9.0 12.5
// expect: int 1 generic 2.5 13.0 4.0
// expect: 61.0
// expect: 3.0 9.0
// expect: 9
