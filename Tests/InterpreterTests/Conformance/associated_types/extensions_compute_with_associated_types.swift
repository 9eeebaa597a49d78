// A protocol with an associated numeric type: its extensions compute with that type, once per conforming type.
protocol Schedule {
    associatedtype Scalar: BinaryFloatingPoint
    func rate(at step: Int) -> Scalar
}
extension Schedule {
    func rates(_ n: Int) -> [Scalar] { (0..<n).map { rate(at: $0) } }
    func total(_ n: Int) -> Scalar { rates(n).reduce(0, +) }
    func halved(at step: Int) -> Scalar { rate(at: step) / 2 }
    var first: Scalar { rate(at: 0) }
}
struct Constant: Schedule { let lr: Double; func rate(at step: Int) -> Double { lr } }
struct Harmonic: Schedule { let lr: Float; func rate(at step: Int) -> Float { lr / Float(step + 1) } }
print(Constant(lr: 0.1).rates(3), Constant(lr: 0.1).total(3), Harmonic(lr: 1).total(4), Harmonic(lr: 1).halved(at: 1))
print(Constant(lr: 0.25).first, Harmonic(lr: 3).first)
func summary<S: Schedule>(_ s: S) -> String { "first \(s.rate(at: 0)), sum of 5 \(s.total(5))" }
print(summary(Constant(lr: 0.5)))
print(summary(Harmonic(lr: 2)))

protocol Accumulator { associatedtype N: Numeric; var total: N { get set } }
extension Accumulator {
    mutating func add(_ n: N) { total += n }
    mutating func addTwice(_ n: N) { add(n); self.add(n) }
}
struct Counts: Accumulator { var total = 0 }
struct Sums: Accumulator { var total = 0.0 }
var counts = Counts(); counts.add(2); counts.addTwice(3)
var sums = Sums(); sums.add(2); sums.add(0.5)
print(counts.total, sums.total, counts.total / 3, sums.total / 3)

protocol HasZero { associatedtype V; static var zero: V { get }; func wrap(_ v: V) -> [V] }
extension HasZero { func wrap(_ v: V) -> [V] { [v, Self.zero] } }
struct DZ: HasZero { static var zero: Double { 0 } }
struct IZ: HasZero { static let zero = 0 }
print(DZ().wrap(1), IZ().wrap(1), DZ.zero, IZ.zero)

// Existential values of a protocol with a static requirement run their type's specialisation.
protocol Shape { var area: Double { get }; static var name: String { get } }
extension Shape {
    func label() -> String { "\(Self.name) of area \(area)" }
    var twice: Double { 2 * area }
}
struct Square: Shape { var side: Double; var area: Double { side * side }; static var name: String { "square" } }
struct Disk: Shape { var r: Double; var area: Double { 3 * r * r }; static let name = "disk"
    func label() -> String { "my own label" } }
let shapes: [any Shape] = [Square(side: 2), Disk(r: 1)]
for s in shapes { print(s.label(), s.twice) }
print(Disk(r: 1).label(), Square(side: 3).twice)
// expect: [0.1, 0.1, 0.1] 0.30000000000000004 2.0833335 0.25
// expect: 0.25 3.0
// expect: first 0.5, sum of 5 2.5
// expect: first 2.0, sum of 5 4.566667
// expect: 8 2.5 2 0.8333333333333334
// expect: [1.0, 0.0] [1, 0] 0.0 0
// expect: square of area 4.0 8.0
// expect: disk of area 3.0 6.0
// expect: my own label 18.0
