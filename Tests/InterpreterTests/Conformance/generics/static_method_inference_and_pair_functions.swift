// A function of two parameters mapped over pairs; a generic type's static method with its type argument inferred.
func label(_ k: Int, _ loss: Double) -> String { "\(k):\(loss)" }
let pairs = [(0, 1.0), (1, 2.0)]
print(pairs.map(label))
print(pairs.map { label($0, $1) })
struct Stats<T: BinaryFloatingPoint> {
    var values: [T]
    var mean: T { values.reduce(0, +) / T(values.count) }
    static func of(_ v: [T]) -> Stats { Stats(values: v) }
}
print(Stats.of([1.0, 2, 4]).mean, Stats<Float>.of([1, 2]).mean)
// expect: ["0:1.0", "1:2.0"]
// expect: ["0:1.0", "1:2.0"]
// expect: 2.3333333333333335 1.5
