struct Pair<T: Numeric> {
    var a, b: T
    static var zero: Pair { Pair(a: 0, b: 0) }
    func shifted() -> Pair { Pair(a: a + 1, b: b + 1) }
    func swapped() -> Pair<T> { Pair(a: b, b: a) }
}
let p = Pair(a: 1.5, b: 2)
print(p.shifted().a, Pair<Double>.zero.b, p.swapped(), Pair(a: 1, b: 2).shifted())
// expect: 2.5 0.0 Pair<Double>(a: 2.0, b: 1.5) Pair<Int>(a: 2, b: 3)
