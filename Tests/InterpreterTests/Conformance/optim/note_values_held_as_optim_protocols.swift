// interpreter-only
import Optim
struct Bowl: Objective, CustomStringConvertible {
    let h: [Double]
    var dimension: Int { h.count }
    var description: String { "Bowl\(h)" }
    func value(at x: Vector) throws -> Double { 0.5 * h.indices.map { h[$0] * x[$0] * x[$0] }.reduce(0, +) }
    func gradient(at x: Vector) throws -> Vector { Vector(h.indices.map { h[$0] * x[$0] }) }
    func hessian(at x: Vector) throws -> Matrix { Matrix(diagonal: h) }
}
struct Halving: LearningRateSchedule {
    let base: Double
    func learningRate(at step: Int) -> Double { base / Double(step + 1) }
}
struct Line: LearningRateSchedule {
    let k: Int
    func learningRate(at step: Int) -> Double { 1 / Double(step + k) }
}
// A note's value held as one of Optim's protocols prints, casts and names its type as itself.
let o: any Objective = Bowl(h: [1, 10])
print(type(of: o), o, try o.value(at: [1, 1]))
let s: any LearningRateSchedule = Line(k: 2)
print(s, type(of: s), s is Line, s is Halving, (s as? Line)?.k ?? 0, (s as? Halving)?.base ?? -1)
// Inside tuples, arrays, dictionaries and optionals.
let pair: (String, any LearningRateSchedule) = ("ours", Halving(base: 1))
print(pair.0, pair.1.learningRate(at: 1))
let t = ("named", Line(k: 1))
let u: (String, any LearningRateSchedule) = t
print(u.1.learningRate(at: 1), u.1)
let local = [Halving(base: 2), Halving(base: 4)]
let all: [any LearningRateSchedule] = local
print(all.map { $0.learningRate(at: 1) })
let byName: [String: any LearningRateSchedule] = ["h": Halving(base: 3)]
print(byName["h"]!.learningRate(at: 2))
let maybe: (any LearningRateSchedule)? = Line(k: 4)
print(maybe!.learningRate(at: 0))
let forced = s as! Line
print(forced.k)
// expect: Bowl Bowl[1.0, 10.0] 5.5
// expect: Line(k: 2) Line true false 2 -1
// expect: ours 0.5
// expect: 0.5 Line(k: 1)
// expect: [1.0, 2.0]
// expect: 1.0
// expect: 0.25
// expect: 2
