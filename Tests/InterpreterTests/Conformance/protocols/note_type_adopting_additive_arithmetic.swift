// A note's type adopting AdditiveArithmetic goes to generic code constrained by it.
struct V: AdditiveArithmetic, CustomStringConvertible {
    var x: Double
    static var zero: V { V(x: 0) }
    static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
    static func - (a: V, b: V) -> V { V(x: a.x - b.x) }
    var description: String { "V(\(x))" }
}
func total<T: AdditiveArithmetic>(_ xs: [T]) -> T { xs.reduce(.zero, +) }
var v = V(x: 1)
v += V(x: 2)
v -= V(x: 0.5)
print(total([V(x: 1), V(x: 2)]), total([1.5, 2]), v, v == V(x: 2.5), V.zero)
var vs = [V(x: 1), V(x: 2)]
vs[1] += V(x: 10)
print(vs)
// expect: V(3.0) 3.5 V(2.5) true V(0.0)
// expect: [V(1.0), V(12.0)]
