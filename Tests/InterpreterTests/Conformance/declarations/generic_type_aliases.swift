// Generic type aliases, resolved for each list of type arguments.
typealias Field<T: BinaryFloatingPoint> = ([T]) -> [T]
typealias Stepper<T: BinaryFloatingPoint> = (_ f: Field<T>, _ x: [T], _ h: T) -> [T]
typealias Pair<A> = (A, A)
let neg: Field<Double> = { $0.map { -$0 } }
let euler: Stepper<Double> = { f, x, h in zip(x, f(x)).map { $0 + h * $1 } }
let negF: Field<Float> = { $0.map { -$0 } }
func run<T: BinaryFloatingPoint>(_ f: Field<T>, from x: [T], steps: Int, h: T) -> [T] {
    var x = x
    for _ in 0..<steps { x = zip(x, f(x)).map { $0 + h * $1 } }
    return x
}
let p: Pair<Int> = (1, 2)
print(neg([1.0, 2.0]), euler(neg, [1.0], 0.5), run(negF, from: [1], steps: 2, h: 0.5), p)
// expect: [-1.0, -2.0] [0.5] [0.25] (1, 2)
